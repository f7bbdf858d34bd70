// A long random walk through the built app, to find what no test thought of
// (scripts/monkey runs it; not part of the test suite). Serves dist/ with the project's
// static server (on a free port, or E2E_PORT), opens it in Debian's Chromium through
// Playwright, and makes N actions (default 10,000), each drawn by a seeded generator:
//   - click (most of them): on one of the visible, enabled interactive elements, with a
//     real Playwright click. 70 % of the clicks go to the controls (buttons, inputs,
//     selects, text areas, summaries, labels), 20 % to the links out of the screen, 10 %
//     to the rest (links within it, other focusable elements): drawn among all alike,
//     the glossary's dozens of links to its own entries would keep the walk there. A select gets a random option instead; a text field most
//     often gets a random text (markup, emoji, control characters, 10-50k characters,
//     result codes seen earlier, whole or mangled, one per line) and sometimes Enter.
//   - key: Tab, Shift+Tab, Enter, Space or Escape, on whatever has the focus.
//   - back (history), reload.
//   - storage: clear the app's localStorage (also every 500th action), or write under
//     one of its keys the stored value with one field changed or removed, junk (broken
//     JSON, wrong types, a future schema, 3 MB), or, for the person's document, a
//     finished attempt of random answers (whole or changed: clicks alone would hardly
//     ever answer a whole form between two clears, and the result screen is behind it),
//     then reload. An init script writes it before the app's code runs, so that the app
//     cannot overwrite it while unloading.
// The harness keeps anything from blocking or leaving: an init script replaces
// window.print, and cancels (and counts) a click on a link to another origin; requests
// to another origin are aborted; native dialogs are accepted or dismissed; a file chooser
// gets a file (an export the app downloaded, whole or changed, or junk); downloads are
// read, kept for those imports, and deleted; popups are closed.
// After each action, it waits for the app's root (main#contenu, up to 5 s after a load),
// for the app to have been told of the hash (its hashchange dispatched) and the next
// frame, then, polling every 20 ms for up to 1 s, for exactly one visible h1, and counts
// the screens left with none or several (with the hash and the last actions of the first
// few). It collects page errors (a wasm panic is "RuntimeError: unreachable": the
// release build aborts on panic, and the page is then reloaded to go on), console
// errors and any "panicked" text, and the same-origin requests that failed or got an
// HTTP error. It prints the actions run by kind, the distinct hashes, these counts and
// the elapsed time. The seed is printed; `--seed S` (or MONKEY_SEED=S) replays the same
// draws, which lead to the same actions as long as the app behaves the same (the
// timing of downloads and dialogs draws from a second generator, so as not to shift
// the first). A measure, not a test: it exits non-zero only when the browser could not
// be driven.
//   node e2e/bench/monkey.mjs [N] [--seed S]
import { chromium } from "@playwright/test";
import { randomInt } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { backEnd } from "../role.mjs";
import { serve } from "../serve.mjs";

const usage = "usage: node e2e/bench/monkey.mjs [N] [--seed S]   (N actions, default 10000; S an integer 0..4294967295)";
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { seed: { type: "string" } } });
} catch (error) {
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}
const total = Number(args.positionals[0] ?? 10_000);
const seedText = args.values.seed ?? process.env.MONKEY_SEED;
const seed = seedText === undefined ? randomInt(2 ** 32) : Number(seedText);
const port = Number(process.env.E2E_PORT ?? 0);
if (args.positionals.length > 1 || !Number.isInteger(total) || total < 1 || !Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32 || !Number.isInteger(port)) {
  console.error(usage);
  process.exit(2);
}

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const { bank, keys } = backEnd;
/** The keys the app writes (src/model/document/stored.rs, Keys::of), with how often a write goes under each. */
const documentKey = keys.document;
const STORAGE_KEYS = [
  [12, documentKey],
  [5, keys.workshop],
  [2, keys.told_eviction],
  [1, keys.backup],
];
/** How long the app may take to show its root after a load, in ms. */
const ROOT_TIMEOUT = 5_000;
/** How long a screen may take to settle on exactly one h1, in ms. */
const SETTLE_TIMEOUT = 1_000;
/** How long a click, a fill or a navigation may take before it counts as not made, in ms. */
const ACTION_TIMEOUT = 1_500;
/** Every CLEAR_EVERY-th action erases the app's storage, to start again from nothing. */
const CLEAR_EVERY = 500;
/** Actions remembered for each problem found, and problems kept in full per kind. */
const RECENT = 8;
const EXAMPLES = 5;
/** The run stops (exit 1) after this many actions in a row that the driver could not make. */
const GIVE_UP = 25;

/** mulberry32: a small seeded generator of floats in [0, 1). */
function generator(state) {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** The actions' draws, and the draws of events that arrive at their own time. */
const random = generator(seed);
const eventRandom = generator(seed ^ 0x9e3779b9);
const below = (n, draw = random) => Math.floor(draw() * n);
const pick = (list, draw = random) => list[below(list.length, draw)];
const weighted = (list, draw = random) => {
  let ticket = draw() * list.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, value] of list) if ((ticket -= weight) < 0) return value;
  return list.at(-1)[1];
};

const ACTIONS = [
  [80, "click"],
  [9, "key"],
  [5, "back"],
  [3, "reload"],
  [2, "storage write"],
  [1, "storage clear"],
];
const KEYS = ["Tab", "Tab", "Shift+Tab", "Enter", "Space", "Escape"];
const CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,;:!?'\"/\\()[]{}<>&%#@éèàçœ€";
const word = (length) => Array.from({ length }, () => pick([...CHARACTERS])).join("");
/** Result codes read on result screens, to type them back whole or mangled. */
const codes = [];
const mangled = (code) => {
  const at = below(code.length);
  return code.slice(0, at) + pick([...CHARACTERS]) + code.slice(at + 1);
};
const TEXTS = [
  () => "<script>alert(1)</script>",
  () => '"><img src=x onerror=alert(1)>',
  () => "🦀👩🏽‍💻🇫🇷 é e\u0301 مرحبا",
  () => "\u0000\u200b\u202e\ufeff",
  () => "   ",
  () => "",
  () => word(1 + below(60)),
  () => "x".repeat(10_000 + below(40_000)),
  () => (codes.length ? pick(codes) : word(20)),
  () => (codes.length ? Array.from({ length: 1 + below(30) }, () => (random() < 0.7 ? pick(codes) : mangled(pick(codes)))).join("\n") : word(40)),
];
/** How the clicks are shared among the groups of elements of a screen (markTarget). */
const CLICK_SHARES = { controls: 0.7, "links out": 0.2, rest: 0.1 };
const TEXT_TYPES = new Set(["text", "search", "email", "url", "tel", "number", "password", "textarea"]);

/** Values that replace one field of a stored or exported document. */
const REPLACEMENTS = [null, -1, 0, 1.5, 1e308, 2 ** 53 + 2, "", "<script>", "🦀", "x".repeat(10_000), true, [], {}];
/** The JSON `text` with one field (at any depth) replaced or removed; or cut short if it is not JSON. */
function changed(text, draw) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text.slice(0, below(text.length + 1, draw));
  }
  const paths = [];
  const walk = (node, path) => {
    paths.push(path);
    if (node && typeof node === "object") for (const key of Object.keys(node)) walk(node[key], [...path, key]);
  };
  walk(value, []);
  const path = pick(paths, draw);
  const replacement = structuredClone(pick(REPLACEMENTS, draw));
  if (path.length === 0) return JSON.stringify(replacement);
  const parent = path.slice(0, -1).reduce((node, key) => node[key], value);
  const last = path.at(-1);
  if (draw() < 0.25) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return JSON.stringify(value);
}
const JUNK = [
  "{pas du json",
  "",
  "null",
  "[]",
  "42",
  '"texte"',
  "\ud800",
  JSON.stringify({ schema: 99, tout: "nouveau" }),
  JSON.stringify({ schema: 2, bank_version: "un", progress: [], history: 3 }),
  "x".repeat(3_000_000),
];

/** A finished attempt of random answers on one form, as the app stores it (schema 2,
 * src/model/document/stored.rs; src/model/testdata/stored/v2.json is one unfinished). */
function finishedAttempt() {
  const form = pick(bank.forms).id;
  const items = bank.items.filter((item) => item.forms.includes(form));
  const now = Date.now();
  const answers = items.map((item) => [item.id, item.kind === "statement" ? { agreement: below(bank.scale.length) } : { choice: below(item.options.length) }]);
  const progress = {
    form,
    answers: Object.fromEntries(answers),
    answered_at: Object.fromEntries(items.map((item) => [item.id, now])),
    position: items.length - 1,
    finished: true,
    started_at: now - 600_000,
    updated_at: now,
  };
  return JSON.stringify({ schema: 2, bank_version: bank.version, progress });
}

/** Exports the app downloaded (the last few), to be imported back. */
const exports = [];
const FILES = [
  ["an export", () => pick(exports, eventRandom)],
  ["a changed export", () => changed(pick(exports, eventRandom), eventRandom)],
  ["not JSON", () => "{pas du json"],
  ["empty", () => ""],
  ["a future schema", () => JSON.stringify({ schema: 99, tout: "nouveau" })],
  ["random bytes", () => Buffer.from(Array.from({ length: 2_000 }, () => below(256, eventRandom)))],
  ["3 MB", () => "x".repeat(3_000_000)],
];

// What the run saw.
const ran = new Map();
const notMade = new Map();
const effects = new Map();
const hashes = new Map();
const pageErrors = new Map();
const consoleErrors = new Map();
const failedRequests = new Map();
const problems = { "without an h1": { count: 0, examples: [] }, "with several h1": { count: 0, examples: [] } };
const tally = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
/** The action being made, the screen it starts from, and the last few actions (up to the
 * one being made, once made), for the problems' context. */
let index = 0;
let hash = "";
const recent = [];
/** Page errors since the last action settled: the page is reloaded after them. */
let freshErrors = 0;
let crashed = false;

function noteError(message) {
  freshErrors++;
  const seen = pageErrors.get(message);
  if (seen) seen.count++;
  else pageErrors.set(message, { count: 1, action: index, hash, recent: null });
}

/** In the page, before the app's code: applies a pending storage change, stubs print,
 * and cancels a click on a link that leaves the origin. Not on about:blank, where
 * "back" from the first entry lands, and which has no storage. */
function harness() {
  if (location.protocol !== "http:") return;
  const report = (kind) => window.monkeyReport?.(kind);
  const pending = sessionStorage.getItem("monkey-storage");
  if (pending !== null) {
    sessionStorage.removeItem("monkey-storage");
    const change = JSON.parse(pending);
    try {
      if (change.key === null) localStorage.clear();
      else localStorage.setItem(change.key, change.value);
    } catch (error) {
      report(`storage write refused by the browser (${error.name})`);
    }
  }
  window.print = () => report("print (stubbed)");
  // The hash the app has been told about: it follows hashchange, a task after the change.
  window.monkeyHash = location.hash;
  window.addEventListener("hashchange", () => (window.monkeyHash = location.hash));
  window.addEventListener(
    "click",
    (event) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (link && new URL(link.href, location.href).origin !== location.origin) {
        event.preventDefault();
        report("external link cancelled");
      }
    },
    true,
  );
}

/** In the page: marks one usable interactive element and describes it. The draw picks a
 * group by its share (`shares`; an empty group's share goes to the others), then an
 * element of it: the controls; the links out of this screen (to another route or
 * origin); the rest (links within the screen, like a glossary entry to another or a
 * fiche section, and other focusable elements). Usable: enabled, rendered, at least
 * 2×2 px, and not placed where no scrolling reaches (the skip link, until focused). */
function markTarget([draw, shares]) {
  for (const old of document.querySelectorAll("[data-monkey-target]")) old.removeAttribute("data-monkey-target");
  const usable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, label, [tabindex]:not([tabindex="-1"])')].filter(
    (element) => {
      const box = element.getBoundingClientRect();
      const reachable = box.bottom + scrollY > 0 && box.right + scrollX > 0;
      return !element.matches(":disabled") && box.width >= 2 && box.height >= 2 && reachable && element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    },
  );
  if (usable.length === 0) return null;
  const screen = (hash) => hash.split("/")[1] ?? "";
  const groupOf = (element) => {
    if (element.matches("button, input, select, textarea, summary, label")) return "controls";
    if (element.localName !== "a") return "rest";
    const url = new URL(element.href, location.href);
    const within = url.origin === location.origin && url.pathname === location.pathname && (!url.hash.startsWith("#/") || screen(url.hash) === screen(location.hash));
    return within ? "rest" : "links out";
  };
  const groups = Map.groupBy(usable, groupOf);
  const present = Object.entries(shares).filter(([group]) => groups.has(group));
  let ticket = draw * present.reduce((sum, [, share]) => sum + share, 0);
  const [group, share] = present.find(([, share]) => (ticket -= share) < 0) ?? present.at(-1);
  const members = groups.get(group);
  const element = members[Math.min(members.length - 1, Math.floor(((ticket + share) / share) * members.length))];
  element.setAttribute("data-monkey-target", "");
  const name = element.getAttribute("aria-label") ?? element.labels?.[0]?.textContent ?? element.textContent ?? "";
  return {
    tag: element.localName,
    type: element.localName === "input" || element.localName === "textarea" ? element.type : "",
    href: element.getAttribute("href"),
    name: name.replace(/\s+/g, " ").trim().slice(0, 50),
    options: element.localName === "select" ? element.options.length : 0,
  };
}

/** In the page: waits for the app's root, for the hashchange of the current hash to have
 * been dispatched (the app draws the screen then, and focuses its heading in the next
 * frame), for that frame, then for exactly one visible h1 (or the time limit), and
 * reads the screen. */
async function readScreen([rootTimeout, settleTimeout]) {
  const tick = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const visibleHeadings = () => [...document.querySelectorAll("h1")].filter((h) => h.checkVisibility() && h.getClientRects().length > 0);
  const start = performance.now();
  while (!document.querySelector("main#contenu") && performance.now() - start < rootTimeout) await tick(20);
  const root = document.querySelector("main#contenu") !== null;
  const settling = performance.now();
  while (window.monkeyHash !== location.hash && performance.now() - settling < settleTimeout) await tick(5);
  await tick(0);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  let headings = visibleHeadings();
  while (root && headings.length !== 1 && performance.now() - settling < settleTimeout) {
    await tick(20);
    headings = visibleHeadings();
  }
  return {
    hash: location.hash || "#",
    root,
    headings: headings.map((h) => h.textContent.replace(/\s+/g, " ").trim().slice(0, 60)),
    code: document.querySelector(".result-code code")?.textContent ?? null,
  };
}

const server = await serve(dist, "/", port);
const origin = new URL(server.url).origin;
let browser;
try {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
} catch (error) {
  server.close();
  console.error(`FAILED: could not start Chromium: ${error.message}`);
  process.exit(1);
}
const version = browser.version();
const context = await browser.newContext({ acceptDownloads: true });
await context.exposeBinding("monkeyReport", (_source, kind) => tally(effects, kind));
await context.addInitScript(harness);
await context.route(
  (url) => (url.protocol === "http:" || url.protocol === "https:") && url.origin !== origin,
  (route) => {
    tally(effects, "request to another origin aborted");
    return route.abort("blockedbyclient");
  },
);

async function saveDownload(download) {
  tally(effects, `download ${download.suggestedFilename().replace(/-\d{4}-\d{2}-\d{2}/, "")}`);
  try {
    const text = readFileSync(await download.path(), "utf8");
    if (text.length < 1_000_000) exports.push(text);
    if (exports.length > 5) exports.shift();
  } catch {
    tally(effects, "download that could not be read");
  } finally {
    download.delete().catch(() => {});
  }
}

async function openPage() {
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT);
  page.on("pageerror", (error) => noteError(`${error.name}: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    if (text.includes("panicked")) noteError(`panic: ${text}`);
    else if (message.type() === "error") tally(consoleErrors, text.slice(0, 300));
  });
  page.on("crash", () => {
    crashed = true;
    noteError("the page crashed");
  });
  page.on("dialog", (dialog) => {
    tally(effects, `native dialog (${dialog.type()})`);
    (eventRandom() < 0.5 ? dialog.accept() : dialog.dismiss()).catch(() => {});
  });
  page.on("download", saveDownload);
  page.on("filechooser", (chooser) => {
    const [kind, content] = pick(exports.length > 0 ? FILES : FILES.filter(([kind]) => !kind.includes("export")), eventRandom);
    tally(effects, `file chosen: ${kind}`);
    chooser.setFiles({ name: "monkey.json", mimeType: "application/json", buffer: Buffer.from(content()) }).catch(() => {});
  });
  page.on("popup", (popup) => {
    tally(effects, "popup closed");
    popup.close().catch(() => {});
  });
  page.on("requestfailed", (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) tally(failedRequests, `${request.method()} ${url.pathname} ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && response.status() >= 400) tally(failedRequests, `${response.request().method()} ${url.pathname} HTTP ${response.status()}`);
  });
  await page.goto(server.url);
  return page;
}

/** What the action under way does, to say which one could not be made. */
let attempt = "";

/** Makes one action of `kind` on `page`; returns its description. */
async function act(page, kind) {
  attempt = kind;
  switch (kind) {
    case "click": {
      const target = await page.evaluate(markTarget, [random(), CLICK_SHARES]);
      if (!target) return "nothing to click";
      const element = page.locator("[data-monkey-target]");
      const described = `${target.tag}${target.type ? `[${target.type}]` : ""}${target.href ? ` ${target.href}` : ""} "${target.name}"`;
      if (target.options > 0) {
        const option = below(target.options);
        attempt = `select option ${option} of ${described}`;
        await element.selectOption({ index: option });
        tally(ran, "select an option");
        return attempt;
      }
      if (TEXT_TYPES.has(target.type) && random() < 0.7) {
        const text = pick(TEXTS)();
        const enter = random() < 0.3;
        attempt = `type ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)} (${text.length} chars) in ${described}${enter ? ", Enter" : ""}`;
        await element.fill(text);
        if (enter) await element.press("Enter");
        tally(ran, "type a text");
        return attempt;
      }
      attempt = `click ${described}`;
      await element.click();
      tally(ran, "click");
      return attempt;
    }
    case "key": {
      const key = pick(KEYS);
      await page.keyboard.press(key);
      tally(ran, "key");
      return `key ${key}`;
    }
    case "back": {
      await page.goBack({ waitUntil: "commit" });
      tally(ran, "back");
      return "back";
    }
    case "reload":
      await page.reload({ waitUntil: "commit" });
      tally(ran, "reload");
      return "reload";
    case "storage clear":
    case "storage write": {
      const change = kind === "storage clear" ? { key: null } : await storageChange(page);
      await page.evaluate((text) => sessionStorage.setItem("monkey-storage", text), JSON.stringify(change));
      await page.reload({ waitUntil: "commit" });
      tally(ran, kind);
      return change.key === null ? "clear storage, reload" : `store ${JSON.stringify(change.value.slice(0, 40))} (${change.value.length} chars) under ${change.key}, reload`;
    }
  }
}

/** What to write under one of the app's keys: its current value with a field changed,
 * junk, or (the document only) a finished attempt, whole or changed. */
async function storageChange(page) {
  const key = weighted(STORAGE_KEYS);
  const current = await page.evaluate((key) => localStorage.getItem(key), key);
  const forDocument = key === documentKey ? 1 : 0;
  const value = weighted([
    [current === null ? 0 : 2, () => changed(current, random)],
    [forDocument, finishedAttempt],
    [forDocument, () => changed(finishedAttempt(), random)],
    [1, () => pick(JUNK)],
  ])();
  return { key, value };
}

/** The screen once settled (readScreen), or null if the page does not answer within 10 s. */
function settled(page) {
  const late = new Promise((resolve) => setTimeout(resolve, 10_000, null));
  return Promise.race([page.evaluate(readScreen, [ROOT_TIMEOUT, SETTLE_TIMEOUT]), late]);
}

function record(problem, screen) {
  const seen = problems[problem];
  seen.count++;
  if (seen.examples.length < EXAMPLES) seen.examples.push({ action: index, screen, recent: [...recent] });
}

const started = performance.now();
let page = await openPage();
hash = (await settled(page))?.hash ?? "";
let stuck = 0;
for (index = 1; index <= total; index++) {
  const kind = index % CLEAR_EVERY === 0 ? "storage clear" : weighted(ACTIONS);
  let description;
  try {
    description = await act(page, kind);
    stuck = 0;
  } catch (error) {
    const reason = error.message.split("\n")[0].replace(/\d+ms/, "…ms").slice(0, 120);
    description = `${attempt}: not made (${reason})`;
    tally(notMade, `${kind}: ${reason}`);
    if (!browser.isConnected() || ++stuck >= GIVE_UP) {
      console.error(`FAILED: the browser could not be driven (${stuck} actions in a row not made; last: ${error.message.split("\n")[0]})`);
      process.exitCode = 1;
      break;
    }
  }
  recent.push(`#${index} at ${hash}: ${description}`);
  if (recent.length > RECENT) recent.shift();
  for (const error of pageErrors.values()) error.recent ??= [...recent];

  let screen = null;
  if (!crashed && new URL(page.url()).origin === origin) {
    // A load under way may destroy the page's context: then read again, once, in the new one.
    screen = await settled(page).catch(() => settled(page).catch(() => null));
  }
  if (screen) {
    hash = screen.hash;
    tally(hashes, hash);
    if (screen.code && !codes.includes(screen.code) && codes.length < 20) codes.push(screen.code);
    if (!screen.root || screen.headings.length === 0) record("without an h1", screen);
    else if (screen.headings.length > 1) record("with several h1", screen);
  }
  if (crashed) {
    await page.close().catch(() => {});
    page = await openPage();
    crashed = false;
  } else if (!screen || !screen.root || freshErrors > 0) {
    // Out of the app, not loaded, or its wasm stopped: load it again (where it was, if on it).
    const reason = !screen ? `not on the app (${page.url().slice(0, 60)})` : !screen.root ? "no app root" : "page error";
    tally(effects, `load again to go on: ${reason}`);
    await (screen ? page.reload({ waitUntil: "commit" }) : page.goto(server.url, { waitUntil: "commit" })).catch(() => {});
    await page.waitForSelector("main#contenu", { state: "attached", timeout: ROOT_TIMEOUT }).catch(() => {});
  }
  freshErrors = 0;
  if (index % 1_000 === 0) console.error(`… ${index}/${total} actions, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
const elapsed = (performance.now() - started) / 1000;
const done = Math.min(index, total);
await browser.close().catch(() => {});
server.close();

const sorted = (map) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
const list = (map) => (map.size ? sorted(map).map(([key, count]) => `  ${count} × ${key}`).join("\n") : "  none");
const indented = (lines) => lines.map((line) => `      ${line}`).join("\n");
console.log(`Monkey run: seed ${seed}, Chromium ${version}, dist/ served at ${server.url}`);
console.log(`Actions run: ${done} of ${total} (${sorted(ran).map(([kind, n]) => `${kind} ${n}`).join(", ")}; not made ${[...notMade.values()].reduce((a, b) => a + b, 0)})`);
console.log(`Actions not made:\n${list(notMade)}`);
console.log(`Harness effects:\n${list(effects)}`);
console.log(`Distinct hashes visited: ${hashes.size} (screens seen after an action)\n  ${sorted(hashes).map(([hash, n]) => `${hash} ${n}`).join(", ")}`);
for (const [problem, { count, examples }] of Object.entries(problems)) {
  console.log(`Screens ${problem}: ${count}`);
  for (const { action, screen, recent } of examples) {
    const what = !screen.root ? "no app root" : `h1: ${JSON.stringify(screen.headings)}`;
    console.log(`  after action #${action}, at ${screen.hash} (${what}); the last actions:\n${indented(recent)}`);
  }
}
console.log(pageErrors.size ? `PAGE ERRORS: ${[...pageErrors.values()].reduce((n, e) => n + e.count, 0)} (${pageErrors.size} distinct)` : "Page errors: none");
for (const [message, { count, action, hash, recent: before }] of pageErrors) {
  console.log(`  ${count} × ${message}\n    first during action #${action}, from ${hash}; the last actions:\n${indented(before ?? recent)}`);
}
console.log(`Console errors:\n${list(consoleErrors)}`);
console.log(`Failed same-origin requests:\n${list(failedRequests)}`);
console.log(`Elapsed: ${elapsed.toFixed(0)} s (${((elapsed * 1000) / Math.max(done, 1)).toFixed(0)} ms per action)`);
if (pageErrors.size || Object.values(problems).some(({ count }) => count > 0)) console.log(`Replay: scripts/monkey ${total} --seed ${seed}`);
