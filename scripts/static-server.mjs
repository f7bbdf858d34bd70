// A plain static file server with no dependency, for the tests and for local hosting:
//   node scripts/static-server.mjs --dir dist --port 4173 [--prefix /sous/chemin/] [--host 127.0.0.1]
// It serves files under the prefix only, never falls back to index.html for a missing
// file (so tests prove the app needs no rewrite rule), and serves a precompressed
// .br / .gz sibling when the client accepts it.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const dir = resolve(args.dir ?? "dist");
const port = Number(args.port ?? 4173);
const host = args.host ?? "127.0.0.1";
const prefix = (args.prefix ?? "/").replace(/\/?$/, "/");
const verbose = "verbose" in args;

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
};

async function fileFor(pathname) {
  if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) return null;
  let relative = decodeURIComponent(pathname.slice(prefix.length));
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const full = normalize(join(dir, relative));
  if (full !== dir && !full.startsWith(dir + sep)) return null;
  try {
    return (await stat(full)).isFile() ? full : null;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  let status = 200;
  try {
    const { pathname } = new URL(req.url, "http://localhost");
    const file = await fileFor(pathname);
    if (!file) {
      status = 404;
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 introuvable\n");
      return;
    }
    const headers = { "Content-Type": types[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-cache" };
    const accepts = req.headers["accept-encoding"] ?? "";
    let body = null;
    for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
      if (!accepts.includes(encoding)) continue;
      try {
        body = await readFile(file + suffix);
        headers["Content-Encoding"] = encoding;
        headers["Vary"] = "Accept-Encoding";
        break;
      } catch {}
    }
    body ??= await readFile(file);
    res.writeHead(200, headers).end(req.method === "HEAD" ? undefined : body);
  } catch {
    status = 400;
    res.writeHead(400).end();
  } finally {
    if (verbose) console.log(status, req.method, req.url);
  }
}).listen(port, host, () => console.log(`Serving ${dir} at http://${host}:${port}${prefix}`));
