// Starts the project's static server (scripts/static-server.mjs) over a folder, on a
// port the system picks (or a given one), for a test or a benchmark that needs its own
// copy of the site.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const staticServer = fileURLToPath(new URL("../scripts/static-server.mjs", import.meta.url));

/** Serves `dir` at 127.0.0.1 on `port` (0: a free one), as a host never configured would
 * with `careless` ("max-age" or "last-modified": scripts/static-server.mjs); resolves to
 * { url, close() } once it listens. */
export function serve(dir, prefix = "/", port = 0, { careless } = {}) {
  const args = [staticServer, "--dir", dir, "--host", "127.0.0.1", "--port", String(port), "--prefix", prefix];
  const child = spawn(process.execPath, careless ? [...args, "--careless", careless] : args, {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.on("exit", (code) => reject(new Error(`static-server exited (${code}) before listening: ${output}`)));
    child.stdout.on("data", (data) => {
      output += data;
      const url = output.match(/ at (http:\/\/\S+)/)?.[1];
      if (url) resolve({ url, close: () => child.kill() });
    });
  });
}
