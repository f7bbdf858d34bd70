// Lighthouse's mobile audit of one or more built sites, one after the other in the same
// run (scripts/bench runs it on the app's dist/ and on the counter of bench/counter/, the
// framework's floor): the scores for performance, accessibility, best practices and SEO,
// and First Contentful Paint, Largest Contentful Paint and Total Blocking Time.
// Lighthouse's default mobile settings: a mid-range phone's screen, 4× slower CPU and a
// slow 4G link, simulated from one unthrottled load (--throttling-method=simulate). It
// drives Debian's Chromium (CHROME_PATH), which is kept off the network (the machine has
// none): no background requests, no updates, no sync, no error reporting. Prints a
// Markdown table, one row per site; passes or fails nothing.
//   node e2e/bench/lighthouse.mjs [name=dir ...]      (default: app=dist/)
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { serve } from "../serve.mjs";

const sites = process.argv.slice(2).map((arg) => {
  const at = arg.indexOf("=");
  if (at < 1) throw new Error(`usage: node e2e/bench/lighthouse.mjs [name=dir ...] (got ${arg})`);
  return { name: arg.slice(0, at), dir: arg.slice(at + 1) };
});
if (sites.length === 0) sites.push({ name: "app", dir: fileURLToPath(new URL("../../dist/", import.meta.url)) });
const cli = fileURLToPath(new URL("../node_modules/lighthouse/cli/index.js", import.meta.url));
const flags = "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const categories = ["performance", "accessibility", "best-practices", "seo"];

/** Lighthouse's JSON report of the site served from `dir`. */
async function audit(dir) {
  const server = await serve(dir);
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
    const report = JSON.parse(stdout);
    if (report.runtimeError) throw new Error(`lighthouse on ${dir}: ${report.runtimeError.code} ${report.runtimeError.message}`);
    return report;
  } finally {
    server.close();
  }
}

const reports = [];
for (const site of sites) reports.push({ ...site, report: await audit(site.dir) });
const first = reports[0].report;
console.log(`Lighthouse ${first.lighthouseVersion}, mobile (simulated throttling), ${first.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? "Chromium"}:`);
console.log();
console.log("| site | performance | accessibility | best practices | SEO | FCP | LCP | TBT |");
console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
for (const { name, report } of reports) {
  const score = (id) => Math.round(report.categories[id].score * 100);
  const ms = (id) => Math.round(report.audits[id].numericValue);
  console.log(
    `| ${name} | ${categories.map(score).join(" | ")} | ${ms("first-contentful-paint")} ms | ${ms("largest-contentful-paint")} ms | ${ms("total-blocking-time")} ms |`,
  );
}
