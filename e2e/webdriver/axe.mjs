// axe-core in the page under test: injected from e2e/node_modules with executeScript,
// run on the whole document with the rules the Chromium suite uses (WCAG 2.0 and 2.1,
// A and AA, and best practices), its violations returned as one line each.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/** The page's axe violations, as "rule (impact): help — targets" lines; [] when there is none. */
export async function axeViolations(browser) {
  const present = await browser.execute(() => typeof window.axe === "object");
  if (!present) await browser.execute(source);
  return browser.execute(async (tags) => {
    const results = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  }, TAGS);
}
