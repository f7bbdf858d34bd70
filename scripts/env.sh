# Sourced (not run) by scripts/setup, serve, test and bench: sets ROOT to the repository
# root, cds there, and puts the project's tools first on PATH:
#   $ROOT/e2e/node_modules/.bin  wasm-opt 132 (npm package binaryen), playwright
#   $HOME/.cargo/bin             trunk, wasm-bindgen (cargo install)
# Trunk.toml pins both versions, and Trunk takes them from PATH, never downloading.
# In your own shell: source scripts/env.sh
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case ":$PATH:" in
  *":$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:"*) ;;
  *) export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH" ;;
esac
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ROOT"
