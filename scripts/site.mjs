// The last steps of a build that depend on the final bytes of the site: the Content
// Security Policy of index.html, the service worker with its file list, and the
// precompressed copies. scripts/post-build.mjs runs them on Trunk's staging folder; the
// end-to-end tests run them again on a copy of dist/ they change, to deploy a "next
// version" exactly as a build would (e2e/redeploy.mjs).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const CSP_META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/;

/** Every file under `dir`, as full paths. */
export const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

/** `html` with (or with a new) Content Security Policy meta tag right after its charset:
 * only the app's own origin, and the hash of every inline script as it stands in `html`
 * (no 'unsafe-inline'). Returns the page and how many scripts it hashed. */
export function withContentSecurityPolicy(html) {
  const page = html.replace(CSP_META, "");
  const inline = [...page.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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
  if (!charset.test(page)) throw new Error("site: no <meta charset=utf-8> in index.html to put the CSP after");
  return { html: page.replace(charset, `$&<meta http-equiv="Content-Security-Policy" content="${policy}">`), hashes: hashes.length };
}

/** Writes `dir`/sw.js from public/sw.template.js: the app's storage key, a version
 * hashed from the files, and each file to precache with the SHA-256 of its bytes.
 * Returns the number of files it lists (the page itself, "./", besides). */
export function writeServiceWorker(dir, storageKey) {
  // The template is copied with public/ but is not part of the site.
  rmSync(join(dir, "public", "sw.template.js"), { force: true });
  const shell = walk(dir)
    .map((file) => relative(dir, file).split(sep).join("/"))
    .filter((file) => !/\.(br|gz|map)$/.test(file) && file !== "sw.js" && file !== "public/robots.txt")
    .sort();
  const version = createHash("sha256");
  const integrity = (file) => `sha256-${createHash("sha256").update(readFileSync(join(dir, file))).digest("base64")}`;
  for (const file of shell) version.update(file).update(readFileSync(join(dir, file)));
  const files = [["./", integrity("index.html")], ...shell.map((file) => [file, integrity(file)])];
  const worker = readFileSync(new URL("../public/sw.template.js", import.meta.url), "utf8")
    .replace("__APP__", () => JSON.stringify(storageKey))
    .replace("__VERSION__", () => JSON.stringify(version.digest("hex").slice(0, 16)))
    .replace("__FILES__", () => JSON.stringify(files));
  writeFileSync(join(dir, "sw.js"), worker);
  return shell.length;
}

/** Writes a brotli and a gzip copy of every text and wasm file of `dir` (replacing older
 * copies); returns how many files it compressed. */
export function compress(dir) {
  const compressible = /\.(html|js|mjs|css|wasm|svg|json|txt|webmanifest)$/;
  let count = 0;
  for (const file of walk(dir).filter((f) => compressible.test(f))) {
    const bytes = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    count++;
  }
  return count;
}
