// Trunk post-build hook (see Trunk.toml): finishes dist/ for static hosting, for the role
// the wasm was built with.
// 0. The role: its name is a custom section of the wasm (`metier-role`, written by
//    src/ui/mod.rs from METIER_ROLE, the one switch that chooses the role; default in
//    .cargo/config.toml). The build stops when METIER_ROLE, if set here, names another
//    role, or when the name is not in src/model/role/embedded/generated/roles.json (generated
//    from each role's data with its first paint, below).
// 1. The first paint: <div id="first-paint"> gets the role's home screen in static HTML,
//    inside the app's layout, so the page shows it before the WebAssembly has run. The
//    file is src/model/shell/home/first-paint/<storage key>.html, generated from the same
//    words as the app (model::shell::home) by a native test, which fails while it is stale
//    (UPDATE_EMBEDDED=1 cargo test --lib embedded rewrites it). Its <noscript> part
//    adds, without JavaScript, the fiche's summary and key figures and what the app needs.
//    The app removes the whole copy when it mounts (ui::mount); the inline script of
//    index.html hides it before the first paint when the address names another screen.
//    The page's title and description, and the manifest's names, are the role's too.
// Then, in scripts/site.mjs (the end-to-end tests repeat them on a copy they change):
// 2. A Content Security Policy meta tag that allows only the app's own origin, with the
//    hash of every inline script as it stands in the final page (Trunk's loader and
//    index.html's first-paint script, both after Trunk's minifier): no 'unsafe-inline'.
// 3. The service worker (sw.js) with the list of this build's files and their SHA-256,
//    so that after one visit the app works offline; its cache is named after the role's
//    storage key, the worker's scope and a hash of those files.
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

const wasm = readdirSync(staging).filter((n) => n.endsWith(".wasm"));
if (wasm.length !== 1) throw new Error(`post-build: expected one .wasm in ${staging}, found ${wasm.length}`);
const [section] = WebAssembly.Module.customSections(new WebAssembly.Module(readFileSync(join(staging, wasm[0]))), "metier-role");
if (!section) throw new Error(`post-build: ${wasm[0]} has no "metier-role" section naming its role`);
const name = new TextDecoder().decode(section);
const asked = process.env.METIER_ROLE;
if (asked && asked !== name) {
  throw new Error(`post-build: METIER_ROLE is "${asked}" here, but the wasm was built with the role "${name}"`);
}
const roles = JSON.parse(readFileSync(new URL("src/model/role/embedded/generated/roles.json", root), "utf8"));
const role = roles[name];
if (!role) throw new Error(`post-build: no role "${name}" in roles.json (${Object.keys(roles).join(", ")}); run UPDATE_EMBEDDED=1 cargo test --lib embedded`);

const firstPaint = readFileSync(new URL(`src/model/shell/home/first-paint/${role.keys.document}.html`, root), "utf8")
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
html = fill(html, /<title>[^<]*<\/title>/, `<title>${escape(role.title)}</title>`);
// The minifier may drop the quotes and put `content` first.
html = fill(html, /<meta [^>]*\bname="?description"?[^>]*>/, `<meta name="description" content="${escape(role.description)}">`);

const { html: page, hashes } = withContentSecurityPolicy(html);
writeFileSync(indexPath, page);

// The manifest's names are the role's; public/manifest.webmanifest holds the rest.
const manifestPath = join(staging, "public", "manifest.webmanifest");
const manifest = { ...JSON.parse(readFileSync(manifestPath, "utf8")), name: role.title, short_name: role.short_name };
writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

const files = writeServiceWorker(staging, role.keys.document);
const count = compress(staging);
console.log(
  `post-build: role ${name} (${role.keys.document}), first paint, CSP with ${hashes} script hash(es), service worker for ${files} files, ${count} files precompressed`,
);

/** `html` with what `pattern` finds replaced by `text`; the build stops when it finds nothing. */
function fill(html, pattern, text) {
  if (!pattern.test(html)) throw new Error(`post-build: nothing in index.html matches ${pattern}`);
  return html.replace(pattern, () => text);
}

/** Text for HTML, also inside a double-quoted attribute. */
function escape(text) {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}
