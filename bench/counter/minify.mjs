// Trunk post-build hook of the counter (Trunk.toml): wasm-bindgen's JavaScript minified
// with terser, with the same options as the app's hook (scripts/post-build.mjs), so that
// the counter's loader weighs what the app's would. Nothing else of that hook applies to
// a counter (no fiche, service worker or precompressed copies).
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("minify: TRUNK_STAGING_DIR is not set (run through trunk build)");
const { minify } = createRequire(new URL("../../e2e/package.json", import.meta.url))("terser");
for (const name of readdirSync(staging).filter((n) => n.endsWith(".js"))) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: { passes: 2 } });
  writeFileSync(path, code);
}
