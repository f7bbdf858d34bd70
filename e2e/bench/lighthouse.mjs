// Lighthouse's mobile audit of dist/ (scripts/bench runs it): the scores for performance,
// accessibility, best practices and SEO, and First Contentful Paint, Largest Contentful
// Paint and Total Blocking Time. Lighthouse's default mobile settings: a mid-range phone's
// screen, 4× slower CPU and a slow 4G link, simulated from one unthrottled load
// (--throttling-method=simulate). It drives Debian's Chromium (CHROME_PATH), which is
// kept off the network (the machine has none): no background requests, no updates, no
// sync, no error reporting. Prints a Markdown table; passes or fails nothing.
//   node e2e/bench/lighthouse.mjs [dist]
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serve } from "../serve.mjs";

const dist = process.argv[2] ?? fileURLToPath(new URL("../../dist/", import.meta.url));
const cli = fileURLToPath(new URL("../node_modules/lighthouse/cli/index.js", import.meta.url));
const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const categories = ["performance", "accessibility", "best-practices", "seo"];

const server = await serve(dist);
let report;
try {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      cli,
      server.url,
      "--output=json",
      "--output-path=stdout",
      "--quiet",
      `--chrome-flags=${flags}`,
      `--only-categories=${categories.join(",")}`,
      "--form-factor=mobile",
      "--throttling-method=simulate",
      "--no-enable-error-reporting",
      "--max-wait-for-load=60000",
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" }, maxBuffer: 64 << 20, timeout: 240_000 },
  );
  report = JSON.parse(stdout);
} finally {
  server.close();
}
if (report.runtimeError) throw new Error(`lighthouse: ${report.runtimeError.code} ${report.runtimeError.message}`);

const score = (id) => Math.round(report.categories[id].score * 100);
const ms = (id) => Math.round(report.audits[id].numericValue);
console.log(`Lighthouse ${report.lighthouseVersion}, mobile (simulated throttling), ${report.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}:`);
console.log();
console.log("| performance | accessibility | best practices | SEO | FCP | LCP | TBT |");
console.log("|---:|---:|---:|---:|---:|---:|---:|");
console.log(
  `| ${categories.map(score).join(" | ")} | ${ms("first-contentful-paint")} ms | ${ms("largest-contentful-paint")} ms | ${ms("total-blocking-time")} ms |`,
);
