// How fast the quiz answers a click, and what memory it holds (scripts/bench runs it).
// Goes through the full form (62 questions) in Debian's Chromium, with real mouse clicks
// from Playwright, and measures in the page:
//   - answer:   a click on an answer → the next frame painted with it checked;
//   - question: a click on "Suivant" → the next question's heading painted (55 clicks);
//   - result:   the last click, "Voir mon résultat" → the result screen's heading painted.
// Method: a capturing click listener takes the event's timeStamp; then, frame after frame,
// a requestAnimationFrame callback checks whether the change is in the page as that frame
// begins, and a user-blocking task it posts (scheduler.postTask, which runs just after
// that frame is painted) takes performance.now() to end the measure, at the first frame
// that had it. (Until December 2026 a MessageChannel message both checked and ended the
// measure: it counted a change made after a frame began as painted with that frame, so
// the result screen, rendered in a task of its own, was measured without its layout and
// paint; and the message waited behind tasks queued meanwhile.) Each figure includes the wait for the next frame (up to 16.7 ms at 60 Hz), as a
// visitor sees it. (The Event Timing API was not used: it reports no event under 16 ms,
// and most of these are.) Three whole quizzes, each in a fresh browser context (the
// result screen is drawn once per quiz), with the CPU as it is, then three with it 4×
// slower, as Lighthouse's mobile setting. Then, from the first run, the JavaScript heap
// (CDP Runtime.getHeapUsage after a garbage collection), after loading and after the
// whole quiz, and the size of the wasm memory.
// Then the result screen alone: more « Voir mon résultat » clicks, each in a fresh context
// whose storage holds the first quiz at its last question, and one more traced (Chromium's
// devtools.timeline trace through CDP), its main-thread time split into scripting, style,
// layout, paint and other. --result-only skips all but the first quiz and the memory.
// To look further: TRACE_CATEGORIES=a,b,… traces those categories instead (e.g. add
// toplevel,blink,v8,v8.wasm), and TRACE_DUMP=/tmp/trace writes each trace's events to
// /tmp/trace-<time>.json.
// Run it on an otherwise idle machine. Prints Markdown; passes or fails nothing (figures
// vary with the machine).
//   node e2e/bench/interaction.mjs [--result-only] [dist]
import { chromium } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { serve } from "../serve.mjs";
import { formItems, formName, legendOf, roleDirection } from "../tests/quiz-data.mjs";

const resultOnly = process.argv[2] === "--result-only";
const dist = process.argv[resultOnly ? 3 : 2] ?? fileURLToPath(new URL("../../dist/", import.meta.url));
const items = formItems("complet");
/** Whole quizzes per CPU setting, each in a fresh context: the result screen is drawn
 * once per quiz, so its figures come from these runs. */
const RUNS = 3;
/** More result clicks per CPU setting, each from storage at the last question (quicker
 * than a whole quiz, so there are enough of them for a p95). */
const RESULT_SAMPLES = 10;

/** In the page: resolves window.measure with the ms from the next click to the frame that
 * shows the change (the h1's text differs, if `headingChange`; else the first frame).
 * Marks both moments (user timing) for a trace. */
function arm(headingChange) {
  const before = document.querySelector("h1")?.textContent;
  const changed = () => !headingChange || document.querySelector("h1")?.textContent !== before;
  // Whether the change was there when the frame began (so that frame draws it), told
  // once that frame is painted, by a task of the highest priority: it runs before the
  // tasks already queued (a favicon reloaded, a resource read), which a plain message
  // would wait for.
  const painted = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const drawn = changed();
        scheduler.postTask(() => resolve(drawn), { priority: "user-blocking" });
      }),
    );
  window.measure = new Promise((resolve) => {
    const onClick = async (event) => {
      const start = event.timeStamp;
      performance.mark("bench-click");
      for (let frame = 0; frame < 300; frame++) {
        if (await painted()) {
          performance.mark("bench-painted");
          return resolve(performance.now() - start);
        }
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
    if (last) stored = await page.evaluate(() => ({ ...localStorage }));
    const next = page.getByRole("button", { name: last ? "Voir mon résultat" : "Suivant" });
    (last ? result : question).push(await timedClick(page, next, true));
  }
  await page.getByRole("heading", { level: 1, name: "Ton résultat" }).waitFor();
  return { answer, question, result };
}

/** The storage of the first quiz just before « Voir mon résultat »: the start of each
 * result-only sample. */
let stored;

/** A fresh context whose storage holds the quiz answered to its last question, at that
 * question, the CPU `slowdown`× slower; resolves to its page and CDP session. */
async function atLastQuestion(browser, url, slowdown) {
  const context = await browser.newContext();
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem("bench-restored")) return;
    sessionStorage.setItem("bench-restored", "1");
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  await page.goto(`${url}#/quiz/questions`);
  await page.getByRole("heading", { level: 1, name: `Question ${items.length} sur ${items.length}` }).waitFor();
  return { context, page, cdp };
}

/** Main-thread time of the trace between `from` and `to` (µs, trace clock), by kind as
 * DevTools counts it: each event's own time (its duration less its children's), cut at
 * `to` (a task still running then was not part of what the visitor waited for). */
function breakdown(events, from, to) {
  const kinds = [
    ["style", /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/],
    ["layout", /^(Layout|InvalidateLayout|UpdateLayerTree|IntersectionObserverController::computeIntersections|ComputeIntersections)$/],
    ["paint", /^(Paint|PrePaint|PaintSetup|Layerize|Commit|CompositeLayers|UpdateLayer|PaintImage|RasterTask|Decode.*)$/],
    ["scripting", /^(FunctionCall|EvaluateScript|EventDispatch|RunMicrotasks|FireAnimationFrame|TimerFire|HandlePostMessage|v8\..*|V8\..*|MinorGC|MajorGC|GCEvent|BlinkGC\..*|FunctionCall|ParseHTML)$/],
  ];
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const spans = events
    .filter((e) => e.ph === "X" && e.pid === main.pid && e.tid === main.tid && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { scripting: 0, style: 0, layout: 0, paint: 0, other: 0 };
  const stack = [];
  const close = () => {
    const span = stack.pop();
    const kind = kinds.find(([, re]) => re.test(span.name))?.[0] ?? (stack.length ? stack[stack.length - 1].kind : "other");
    totals[kind] += Math.max(0, span.dur - span.children);
    if (stack.length) stack[stack.length - 1].children += span.dur;
  };
  for (const e of spans) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) close();
    const parentKind = stack.length ? stack[stack.length - 1].kind : "other";
    const end = Math.min(e.ts + e.dur, to);
    stack.push({ name: e.name, end, dur: end - e.ts, children: 0, kind: kinds.find(([, re]) => re.test(e.name))?.[0] ?? parentKind });
  }
  while (stack.length) close();
  for (const kind of Object.keys(totals)) totals[kind] /= 1000;
  return totals;
}

/** One « Voir mon résultat » click traced (devtools.timeline): its latency and the
 * main thread's time by kind, in ms, from the click listener to the painted frame. */
async function tracedResult(page, cdp) {
  const events = [];
  cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const done = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: process.env.TRACE_CATEGORIES ?? "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing", transferMode: "ReportEvents" });
  const ms = await timedClick(page, page.getByRole("button", { name: "Voir mon résultat" }), true);
  await cdp.send("Tracing.end");
  await done;
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes("user_timing")).ts;
  if (process.env.TRACE_DUMP) (await import("node:fs")).writeFileSync(`${process.env.TRACE_DUMP}-${Date.now()}.json`, JSON.stringify({ ms, events }));
  return { ms, ...breakdown(events, mark("bench-click"), mark("bench-painted")) };
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
  const traces = [];
  for (const slowdown of [1, 4]) {
    const all = { answer: [], question: [], result: [], resultOnly: [] };
    for (let run = 0; run < (resultOnly ? Number(slowdown === 1) : RUNS); run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
      await page.goto(server.url);
      await page.getByRole("heading", { level: 1 }).waitFor();
      const measured = slowdown === 1 && run === 0;
      const loaded = measured ? await memory(cdp) : null;
      const clicks = await quiz(page, server.url);
      for (const kind of Object.keys(clicks)) all[kind].push(...clicks[kind]);
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
    for (let sample = 0; sample < RESULT_SAMPLES; sample++) {
      const { context, page } = await atLastQuestion(browser, server.url, slowdown);
      all.resultOnly.push(await timedClick(page, page.getByRole("button", { name: "Voir mon résultat" }), true));
      await context.close();
    }
    const { context, page, cdp } = await atLastQuestion(browser, server.url, slowdown);
    traces.push({ slowdown, ...(await tracedResult(page, cdp)) });
    await context.close();
    const cpu = slowdown === 1 ? "" : `, CPU ${slowdown}× slower`;
    if (!resultOnly) lines.push(row(`answer${cpu}`, all.answer), row(`next question${cpu}`, all.question), row(`result screen${cpu}`, all.result));
    lines.push(row(`result screen alone${cpu}`, all.resultOnly));
  }
  console.log(`Full form, ${items.length} questions, ${RUNS} runs in fresh browser contexts, Chromium ${browser.version()}, real clicks (Playwright):`);
  console.log();
  console.log(lines.join("\n"));
  console.log();
  console.log(
    `"Result screen alone": ${RESULT_SAMPLES} more « Voir mon résultat » clicks per CPU setting, each in a fresh context ` +
      "whose storage holds the first quiz at its last question. One more, traced: the main thread's time from the click to the painted frame, by kind.",
  );
  console.log();
  console.log("| result click, traced | click → painted | scripting | style | layout | paint | other |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const t of traces) {
    const f = (ms) => `${ms.toFixed(1)} ms`;
    console.log(`| ${t.slowdown === 1 ? "CPU as is" : `CPU ${t.slowdown}× slower`} | ${f(t.ms)} | ${f(t.scripting)} | ${f(t.style)} | ${f(t.layout)} | ${f(t.paint)} | ${f(t.other)} |`);
  }
  if (!resultOnly) console.log(`\n${memoryRows.join("\n")}`);
} finally {
  await browser.close();
  server.close();
}
