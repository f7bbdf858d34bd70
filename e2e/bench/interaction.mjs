// How fast the quiz answers a click, and what memory it holds (scripts/bench runs it).
// Goes through the full form (62 questions) in Debian's Chromium, with real mouse clicks
// from Playwright, and measures in the page:
//   - answer:   a click on an answer → the next frame painted with it checked;
//   - question: a click on "Suivant" → the next question's heading painted (55 clicks);
//   - result:   the last click, "Voir mon résultat" → the result screen's heading painted.
// Method: a capturing click listener takes the event's timeStamp; then, frame after frame,
// requestAnimationFrame followed by a MessageChannel message (which runs just after that
// frame is painted) checks whether the change is on screen, and performance.now() at that
// moment ends the measure. Each figure thus includes the wait for the next frame (up to
// 16.7 ms at 60 Hz), as a visitor sees it. (The Event Timing API was not used: it reports no event under
// 16 ms, and most of these are.) Three whole quizzes, each in a fresh browser context
// (the result screen is drawn once per quiz), with the CPU as it is, then three with it
// 4× slower, as Lighthouse's mobile setting. Then, from the first run, the JavaScript heap
// (CDP Runtime.getHeapUsage after a garbage collection), after loading and after the
// whole quiz, and the size of the wasm memory. Run it on an otherwise idle machine. Prints Markdown; passes or fails nothing (figures vary with the machine).
//   node e2e/bench/interaction.mjs [dist]
import { chromium } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { formItems, formName, legendOf, roleDirection } from "../tests/quiz-data.mjs";

const dist = process.argv[2] ?? fileURLToPath(new URL("../../dist/", import.meta.url));
const items = formItems("complet");
/** Whole quizzes per CPU setting, each in a fresh context: the result screen is drawn
 * once per quiz, so its figures come from these runs. */
const RUNS = 3;

/** In the page: resolves window.measure with the ms from the next click to the frame that
 * shows the change (the h1's text differs, if `headingChange`; else the first frame). */
function arm(headingChange) {
  const before = document.querySelector("h1")?.textContent;
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(null);
      }),
    );
  window.measure = new Promise((resolve) => {
    const onClick = async (event) => {
      const start = event.timeStamp;
      for (let frame = 0; frame < 300; frame++) {
        await painted();
        if (!headingChange || document.querySelector("h1")?.textContent !== before) return resolve(performance.now() - start);
      }
      resolve(null);
    };
    document.addEventListener("click", onClick, { capture: true, once: true });
  });
}

async function timedClick(page, locator, headingChange) {
  await page.evaluate(arm, headingChange);
  await locator.click();
  const ms = await page.evaluate(() => window.measure);
  if (ms === null) throw new Error("the page did not change within 300 frames");
  return ms;
}

/** The whole full form; returns the answer, question and result latencies in ms. */
async function quiz(page, url) {
  await page.goto(`${url}#/quiz`);
  await page.getByRole("button", { name: `Commencer la ${formName("complet").toLowerCase()}` }).click();
  const answer = [];
  const question = [];
  const result = [];
  for (const [i, item] of items.entries()) {
    await page.getByRole("heading", { level: 1, name: `Question ${i + 1} sur ${items.length}` }).waitFor();
    const choice = page.getByRole("group", { name: legendOf(item) }).getByLabel(roleDirection(item, true), { exact: true });
    answer.push(await timedClick(page, choice, false));
    const last = i + 1 === items.length;
    const next = page.getByRole("button", { name: last ? "Voir mon résultat" : "Suivant" });
    (last ? result : question).push(await timedClick(page, next, true));
  }
  await page.getByRole("heading", { level: 1, name: "Ton résultat" }).waitFor();
  return { answer, question, result };
}

/** The JS heap in use after a garbage collection, and the wasm memories' sizes, in bytes. */
async function memory(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const proto = await cdp.send("Runtime.evaluate", { expression: "WebAssembly.Memory.prototype" });
  const { objects } = await cdp.send("Runtime.queryObjects", { prototypeObjectId: proto.result.objectId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: objects.objectId,
    functionDeclaration: "function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }",
    returnByValue: true,
  });
  return { heap: usedSize, wasm: result.value };
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const row = (label, values) =>
  `| ${label} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${Math.max(...values).toFixed(1)} |`;
const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

const server = await serve(dist);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const lines = ["| click → painted | clicks | median ms | p95 ms | max ms |", "|---|---:|---:|---:|---:|"];
  let memoryRows;
  for (const slowdown of [1, 4]) {
    const all = { answer: [], question: [], result: [] };
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await page.goto(server.url);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const measured = slowdown === 1 && run === 0;
      const loaded = measured ? await memory(cdp) : null;
      const clicks = await quiz(page, server.url);
      for (const kind of Object.keys(all)) all[kind].push(...clicks[kind]);
      if (measured) {
        const after = await memory(cdp);
        memoryRows = [
          "| memory | JS heap used | wasm memory |",
          "|---|---:|---:|",
          `| after loading | ${kb(loaded.heap)} | ${kb(loaded.wasm)} |`,
          `| after the full quiz (${items.length} answers) | ${kb(after.heap)} | ${kb(after.wasm)} |`,
        ];
      }
      await context.close();
    }
    const cpu = slowdown === 1 ? "" : `, CPU ${slowdown}× slower`;
    lines.push(row(`answer${cpu}`, all.answer), row(`next question${cpu}`, all.question), row(`result screen${cpu}`, all.result));
  }
  console.log(`Full form, ${items.length} questions, ${RUNS} runs in fresh browser contexts, Chromium ${browser.version()}, real clicks (Playwright):`);
  console.log();
  console.log(lines.join("\n"));
  console.log();
  console.log(memoryRows.join("\n"));
} finally {
  await browser.close();
  server.close();
}
