// Trunk post-build hook (see Trunk.toml): finishes dist/ for static hosting.
// 1. The page without JavaScript: the <noscript> block gets the fiche's title, summary
//    and key figures, generated from data/roles/developpeur-back-end/fiche.json (the
//    data the app embeds), and says what the quiz needs.
// 2. A Content Security Policy meta tag that allows only the app's own origin, with the
//    hash of Trunk's inline loader script (the only inline script).
// 3. The service worker (sw.js) with the list of this build's files, so that after one
//    visit the app works offline; its cache is named after a hash of those files.
// 4. Precompressed .br and .gz copies of every text and wasm file, for hosts that serve
//    them (scripts/static-server.mjs does).
// Before all that, wasm-bindgen's JavaScript is minified with terser (npm, installed in
// e2e/ by scripts/setup): Trunk's own JS minifier fails on it and leaves it as is.
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build: TRUNK_STAGING_DIR is not set (run through trunk build)");
const root = new URL("../", import.meta.url);
// The role's fiche; ROLE_FICHE names another one (scripts/test builds the test-only
// second role into dist-essai/ that way).
const fiche = JSON.parse(readFileSync(new URL(process.env.ROLE_FICHE ?? "data/roles/developpeur-back-end/fiche.json", root), "utf8"));

const escape = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
const short = (id) => fiche.sources.find((s) => s.id === id)?.short ?? id;

function noscript() {
  const figures = fiche.key_figures
    .map((key) => {
      const values = key.values
        .map((f) => `${escape(f.value)}${f.unit ? ` ${escape(f.unit)}` : ""} <small>(${escape(short(f.source))})</small>`)
        .join(" ; ");
      return `<dt>${escape(key.label)}</dt><dd>${values}</dd>`;
    })
    .join("");
  return `<noscript><main id="contenu" class="no-script">
<h1>${escape(fiche.title)}</h1>
${fiche.summary.map((p) => `<p>${escape(p)}</p>`).join("\n")}
<h2>Chiffres clés</h2><dl>${figures}</dl>
<p><strong>La fiche complète et le questionnaire ont besoin d'un navigateur récent, avec JavaScript et WebAssembly activés.</strong></p>
</main></noscript>`;
}

const { minify } = createRequire(new URL("e2e/package.json", root))("terser");
for (const name of readdirSync(staging).filter((n) => n.endsWith(".js") && n !== "sw.js")) {
  const path = join(staging, name);
  const { code } = await minify(readFileSync(path, "utf8"), { module: true, compress: { passes: 2 } });
  writeFileSync(path, code);
}

const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");
html = html.replace(/<noscript>[\s\S]*?<\/noscript>/, noscript());

const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((code) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`);
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");
// Trunk minifies the page in release builds, which drops the attribute's quotes.
const charset = /<meta charset="?utf-8"?>/;
if (!charset.test(html)) throw new Error("post-build: no <meta charset=utf-8> in index.html to put the CSP after");
html = html.replace(charset, `$&<meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(indexPath, html);

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

// The template is copied with public/ but is not part of the site.
rmSync(join(staging, "public", "sw.template.js"), { force: true });
const shell = walk(staging)
  .map((file) => relative(staging, file).split(sep).join("/"))
  .filter((file) => !/\.(br|gz|map)$/.test(file) && file !== "sw.js" && file !== "public/robots.txt")
  .sort();
const version = createHash("sha256");
for (const file of shell) version.update(file).update(readFileSync(join(staging, file)));
const worker = readFileSync(new URL("public/sw.template.js", root), "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  .replace("__FILES__", JSON.stringify(["./", ...shell]));
writeFileSync(join(staging, "sw.js"), worker);

const compressible = /\.(html|js|mjs|css|wasm|svg|json|txt|webmanifest)$/;
let count = 0;
for (const file of walk(staging).filter((f) => compressible.test(f))) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  count++;
}
console.log(
  `post-build: noscript fiche, CSP with ${hashes.length} script hash(es), service worker for ${shell.length} files, ${count} files precompressed`,
);
