#!/usr/bin/env node
// The cross-engine runner: `node webdriver/run.mjs firefox|webkit [--grep TEXT]` from
// e2e/, under `xvfb-run -a -s "-screen 0 1280x1024x24 -noreset"`. (Without -noreset,
// Xvfb resets when a session's browser closes; the next browser may then find no
// display, and WebKitWebDriver waits for it in vain.) It serves ../dist with the
// project's static server at / and at /sous/chemin/, starts the engine's WebDriver
// server, and runs each journey of journeys.mjs in a new browser session, so with
// empty storage. It prints one line per journey, then Playwright's summary lines
// ("  7 passed (41.2s)", "  1 failed"), and exits non-zero when a journey fails. A
// failed journey leaves a screenshot, the driver its log, and a journey what it keeps
// (the printed PDF), in e2e/webdriver-results/<engine>/.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { remote } from "webdriverio";
import { serve } from "../serve.mjs";
import { startDriver } from "./driver.mjs";
import { engine as engineNamed } from "./engines.mjs";
import { journeys } from "./journeys.mjs";

/** A journey that hangs is stopped after this long and counted as failed (a guard, not a measure). */
const GUARD_MS = 180_000;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { grep: { type: "string" } } });
const engine = engineNamed(positionals[0]);
const chosen = journeys.filter(
  (journey) => (!journey.only || journey.only.includes(engine.name)) && (!values.grep || journey.name.includes(values.grep)),
);
if (chosen.length === 0) throw new Error(`no journey to run in ${engine.name}`);

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const results = fileURLToPath(new URL(`../webdriver-results/${engine.name}/`, import.meta.url));
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
const started = Date.now();
const rootSite = await serve(dist, "/");
const subSite = await serve(dist, "/sous/chemin/");
// However the run ends, the servers end with it.
process.on("exit", () => (rootSite.close(), subSite.close()));
const driver = await startDriver(engine, `${results}driver.log`);
console.log(`Running ${chosen.length} journeys in ${engine.label} (WebDriver on port ${driver.port})`);

/** Runs `work`, or fails once the guard's time is up. */
function guarded(work) {
  let timer;
  const guard = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${seconds(GUARD_MS)}: stopped`)), GUARD_MS);
  });
  return Promise.race([work(), guard]).finally(() => clearTimeout(timer));
}

const failed = [];
let passed = 0;
for (const [index, journey] of chosen.entries()) {
  const t0 = Date.now();
  const title = `[${engine.name}] › ${journey.name}`;
  let browser;
  try {
    await guarded(async () => {
      browser = await remote({
        hostname: "127.0.0.1",
        port: driver.port,
        logLevel: "silent",
        connectionRetryCount: 0,
        capabilities: { ...engine.capabilities, "wdio:enforceWebDriverClassic": true },
      });
      await browser.setWindowSize(1280, 900);
      const keep = (name, data) => writeFileSync(`${results}${name}`, data);
      await journey.run({ browser, driverPort: driver.port, root: rootSite.url, sub: subSite.url, engine, keep });
    });
    passed++;
    console.log(`  ✓  ${index + 1} ${title} (${seconds(Date.now() - t0)})`);
  } catch (error) {
    failed.push(title);
    console.log(`  ✘  ${index + 1} ${title} (${seconds(Date.now() - t0)})`);
    const where = (error.stack ?? "").split("\n").filter((line) => line.includes("/webdriver/")).slice(0, 4);
    console.log(`\n    ${error.message.replaceAll("\n", "\n    ")}\n${where.map((line) => `    ${line.trim()}`).join("\n")}\n`);
    if (browser) {
      const shot = `${results}${index + 1}.png`;
      await browser
        .takeScreenshot()
        .then((png) => (writeFileSync(shot, png, "base64"), console.log(`    screenshot: ${shot}\n`)))
        .catch(() => {});
    }
  } finally {
    await browser?.deleteSession().catch(() => {});
  }
}

await driver.stop();
rootSite.close();
subSite.close();

// Playwright's closing lines: the failed count and their titles, then the passed count and the time.
const total = seconds(Date.now() - started);
console.log();
if (failed.length > 0) {
  console.log(`  ${failed.length} failed${passed === 0 ? ` (${total})` : ""}`);
  for (const title of failed) console.log(`    ${title}`);
}
if (passed > 0) console.log(`  ${passed} passed (${total})`);
process.exit(failed.length > 0 ? 1 : 0);
