// Starts an engine's WebDriver server (geckodriver or WebKitWebDriver) on a free port
// of 127.0.0.1, its output kept in a log file, and waits until it answers GET /status.
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A port that nothing listens on now (the system picks it, then it is released). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves to { port, stop() } once the driver is ready for a new session. */
export async function startDriver(engine, logFile) {
  const port = await freePort();
  const log = createWriteStream(logFile);
  const child = spawn(engine.driver, engine.driverArgs(port), { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let exited = null;
  child.on("exit", (code, signal) => (exited = signal ?? code));
  // Asked to end, then ended: a driver busy starting a browser may not heed SIGTERM.
  const stop = () =>
    new Promise((resolve) => {
      if (exited !== null) return resolve();
      const hard = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.on("exit", () => (clearTimeout(hard), resolve()));
      child.kill();
    });
  // Whatever way the runner ends, the driver ends with it.
  process.on("exit", () => exited === null && child.kill("SIGKILL"));
  // Poll until it answers; a driver that exits first, or never answers, is an error.
  for (let attempt = 0; attempt < 200; attempt++) {
    if (exited !== null) throw new Error(`${engine.driver} exited (${exited}) before it was ready: see ${logFile}`);
    try {
      const status = await (await fetch(`http://127.0.0.1:${port}/status`)).json();
      if (status.value?.ready) return { port, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  await stop();
  throw new Error(`${engine.driver} never answered on port ${port}: see ${logFile}`);
}
