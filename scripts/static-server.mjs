#!/usr/bin/env node
// A plain static file server with no dependency, for the end-to-end tests and for local
// hosting of a built dist/:
//
//   node scripts/static-server.mjs --dir dist --port 4173 [--prefix /sous/chemin/] [--host 127.0.0.1] [--careless max-age|last-modified] [--verbose]
//
// - Serves the files of --dir under --prefix only (default "/"); any other path is 404.
//   "<prefix>" itself serves index.html, and so does any folder's address ending in "/"
//   (two apps in two sub-folders of one site); "<prefix>" without its trailing slash
//   redirects to it (301), so that the page's relative URLs resolve under the prefix.
// - Never falls back to index.html for a missing file, so the tests prove that the app
//   needs no rewrite rule; never lists a directory; refuses path traversal.
// - Sends the right Content-Type (application/wasm for .wasm), and a precompressed
//   `<file>.br` / `<file>.gz` sibling with Content-Encoding when the request's
//   Accept-Encoding allows it.
// - Sends the headers the README asks of a host: `Cache-Control: no-cache` (so that
//   index.html and sw.js are always checked), `Content-Security-Policy: frame-ancestors
//   'none'` and `X-Frame-Options: DENY` (no page may frame the app), `X-Content-Type-
//   Options: nosniff`, `Referrer-Policy: no-referrer`.
// - With --careless, behaves like a host that was never configured: none of those
//   headers, and browsers may keep every file, even index.html, without asking again:
//   `max-age` sends `Cache-Control: max-age=600` (GitHub Pages does), `last-modified`
//   sends only the file's `Last-Modified` date (nginx's default), from which browsers
//   guess a freshness of a tenth of the file's age. The end-to-end tests check that
//   updates survive both.
// - Logs one line per request only with --verbose.
import { createServer } from "node:http";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

const usage =
  "usage: node scripts/static-server.mjs --dir DIR --port PORT [--prefix /sub/path/] [--host 127.0.0.1] [--careless max-age|last-modified] [--verbose]";
let options;
try {
  ({ values: options } = parseArgs({
    options: {
      dir: { type: "string", default: "dist" },
      port: { type: "string", default: "4173" },
      prefix: { type: "string", default: "/" },
      host: { type: "string", default: "127.0.0.1" },
      careless: { type: "string" },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
if (options.help) {
  console.log(usage);
  process.exit(0);
}

const port = Number(options.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`bad --port ${options.port}\n${usage}`);
  process.exit(2);
}
// "/sous/chemin", "sous/chemin/" and "/sous/chemin/" all mean the prefix "/sous/chemin/".
const prefix = `/${options.prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
let root;
try {
  root = await realpath(resolve(options.dir));
  if (!(await stat(root)).isDirectory()) throw new Error("not a directory");
} catch (error) {
  console.error(`--dir ${options.dir}: ${error.message}`);
  process.exit(2);
}

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
};

/** The headers a well-configured host sends with every file (README, "Héberger"). */
const wellConfigured = {
  "Cache-Control": "no-cache",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
};
if (![undefined, "max-age", "last-modified"].includes(options.careless)) {
  console.error(`bad --careless ${options.careless}\n${usage}`);
  process.exit(2);
}
/** The caching and security headers for `file`, as this server's host is configured. */
async function hostHeaders(file) {
  if (options.careless === "max-age") return { "Cache-Control": "max-age=600" };
  if (options.careless === "last-modified") return { "Last-Modified": (await stat(file)).mtime.toUTCString() };
  return wellConfigured;
}

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The encodings of an Accept-Encoding header that the client accepts (q > 0). */
function acceptedEncodings(header = "") {
  const accepted = new Set();
  for (const part of header.split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name);
  }
  return accepted;
}

/** The regular file of `root` that `pathname` names, or an HttpError. */
async function fileFor(pathname) {
  if (!pathname.startsWith(prefix)) throw new HttpError(404, "Not Found");
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    throw new HttpError(400, "Bad Request");
  }
  const segments = relative.split(/[\\/]/);
  if (relative.includes("\0") || segments.includes("..")) throw new HttpError(400, "Bad Request");
  // A folder's address, ending in "/", serves its index.html, as nginx and GitHub Pages do.
  if (relative === "" || relative.endsWith("/")) relative += "index.html";
  const full = resolve(join(root, relative));
  if (!full.startsWith(root + sep)) throw new HttpError(400, "Bad Request");
  let real;
  try {
    real = await realpath(full);
  } catch {
    throw new HttpError(404, "Not Found");
  }
  // A symbolic link must not lead out of the served folder either.
  if (!real.startsWith(root + sep)) throw new HttpError(404, "Not Found");
  // No directory listing: a folder without its trailing "/" is just not found.
  if (!(await stat(real)).isFile()) throw new HttpError(404, "Not Found");
  return real;
}

async function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    res.end("405 Method Not Allowed\n");
    return 405;
  }
  let url;
  try {
    url = new URL(req.url, "http://localhost"); // also resolves "." and ".." segments
  } catch {
    throw new HttpError(400, "Bad Request");
  }
  if (prefix !== "/" && url.pathname === prefix.slice(0, -1)) {
    res.writeHead(301, { Location: prefix + url.search, "Cache-Control": "no-cache" });
    res.end();
    return 301;
  }
  const file = await fileFor(url.pathname);
  const headers = {
    "Content-Type": types[extname(file).toLowerCase()] ?? "application/octet-stream",
    ...(await hostHeaders(file)),
  };
  let body = null;
  const accepted = acceptedEncodings(req.headers["accept-encoding"]);
  for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"]]) {
    let compressed;
    try {
      compressed = await readFile(file + suffix);
    } catch {
      continue;
    }
    headers.Vary = "Accept-Encoding";
    if (!accepted.has(encoding) || body) continue;
    body = compressed;
    headers["Content-Encoding"] = encoding;
  }
  body ??= await readFile(file);
  headers["Content-Length"] = body.length;
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? undefined : body);
  return 200;
}

const server = createServer(async (req, res) => {
  let status;
  try {
    status = await handle(req, res);
  } catch (error) {
    status = error instanceof HttpError ? error.status : 500;
    const message = error instanceof HttpError ? error.message : "Internal Server Error";
    if (!res.headersSent) res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-cache" });
    res.end(`${status} ${message}\n`);
    if (status === 500) console.error(error);
  } finally {
    if (options.verbose) console.log(`${status} ${req.method} ${req.url}`);
  }
});

server.on("error", (error) => {
  console.error(`static-server: ${error.message}`);
  process.exit(1);
});
// Stop at once on Ctrl-C, or when Playwright ends its web servers.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));

server.listen(port, options.host, () => {
  const host = options.host.includes(":") ? `[${options.host}]` : options.host;
  console.log(`Serving ${root} at http://${host}:${server.address().port}${prefix}`);
});
