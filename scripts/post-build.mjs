// Trunk post-build hook (see Trunk.toml): finishes dist/ for static hosting.
// 1. The first paint: <div id="first-paint"> gets the role's home screen in static HTML,
//    inside the app's layout, so the page shows it before the WebAssembly has run. The
//    file is src/model/shell/home/first-paint/<storage key>.html, generated from the same
//    words as the app (model::shell::home) by a native test, which fails while it is stale
//    (UPDATE_EMBEDDED=1 cargo test --lib embedded rewrites it). Its <noscript> part
//    adds, without JavaScript, the fiche's summary and key figures and what the app needs.
//    The app removes the whole copy when it mounts (ui::mount); the inline script of
//    index.html hides it before the first paint when the address names another screen.
// Then, in scripts/site.mjs (the end-to-end tests repeat them on a copy they change):
// 2. A Content Security Policy meta tag that allows only the app's own origin, with the
//    hash of every inline script as it stands in the final page (Trunk's loader and
//    index.html's first-paint script, both after Trunk's minifier): no 'unsafe-inline'.
// 3. The service worker (sw.js) with the list of this build's files and their SHA-256,
//    so that after one visit the app works offline; its cache is named after the role,
//    the worker's scope and a hash of those files.
// 4. Precompressed .br and .gz copies of every text and wasm file, for hosts that serve
//    them (scripts/static-server.mjs does).
// Before all that, wasm-bindgen's JavaScript is minified with terser (npm, installed in
// e2e/ by scripts/setup): Trunk's own JS minifier fails on it and leaves it as is.
import { createRequire } from "node:module";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compress, withContentSecurityPolicy, writeServiceWorker } from "./site.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
const root = new URL("../", import.meta.url);
// The role's fiche; ROLE_FICHE names another one (scripts/test builds the test-only
// second role into dist-essai/ that way).
const fiche = JSON.parse(readFileSync(new URL(process.env.ROLE_FICHE ?? "data/roles/developpeur-back-end/fiche.json", root), "utf8"));

const firstPaint = readFileSync(new URL(`src/model/shell/home/first-paint/${fiche.app.storage_key}.html`, root), "utf8")
  .replace(/<!--[\s\S]*?-->\n?/g, "")
  .trim();

const { minify } = createRequire(new URL("e2e/package.json", root))("terser");
for (const name of readdirSync(staging).filter((n) => n.endsWith(".js") && n !== "sw.js")) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: { passes: 2 } });
  writeFileSync(path, code);
}

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
// Trunk minifies the page in release builds, which drops the attribute's quotes.
const slot = /<div id="?first-paint"?><\/div>/;
if (!slot.test(html)) throw new Error('post-build: no <div id="first-paint"></div> in index.html for the first paint');
html = html.replace(slot, () => firstPaint);

const { html: page, hashes } = withContentSecurityPolicy(html);
writeFileSync(indexPath, page);

const files = writeServiceWorker(staging, fiche.app.storage_key);
const count = compress(staging);
console.log(
  `post-build: first paint of ${fiche.app.storage_key}, CSP with ${hashes} script hash(es), service worker for ${files} files, ${count} files precompressed`,
);
