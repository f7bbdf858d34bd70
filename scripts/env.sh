# Sourced by the other scripts: the repository root and the PATH where the project's
# tools live (cargo-installed trunk and wasm-bindgen, npm-installed wasm-opt).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ROOT"
