// The result's first view on a phone (360 × 740): what a pupil reads before opening
// any section stays within 150 words, its figure is logged for the notes, and the
// sections below open from their summary with the keyboard.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.mjs";
import { answerAll, formName, roleDirection } from "./quiz-data.mjs";

test.use({ viewport: { width: 360, height: 740 } });

const MAX_WORDS = 150;

/**
 * The words a pupil sees in the result screen's main region: before its first <details>
 * (the first view), and outside the closed ones (the whole screen as it first shows).
 * Shown text only: not what is hidden, nor what only screen readers get (the tables
 * doubling the charts, in a 1 px box). A word has a letter or a digit, as in the
 * native writing checks.
 */
async function wordsOnScreen(page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ton résultat");
  // The notice that the browser may clear storage belongs to the site, not the result:
  // put away as a pupil would.
  const understood = page.getByRole("button", { name: "J'ai compris" });
  if (await understood.isVisible()) await understood.click();
  await expect(understood).toHaveCount(0);
  return page.getByRole("main").evaluate((main) => {
    const firstDetails = main.querySelector("details");
    const shown = (node) => {
      for (let el = node.parentElement; el && el !== main.parentElement; el = el.parentElement) {
        if (!el.checkVisibility()) return false;
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return false;
        if (el.tagName === "DETAILS" && !el.open && node.parentElement.closest("summary")?.parentElement !== el) return false;
      }
      return true;
    };
    const count = (text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    let firstView = 0;
    let outsideClosed = 0;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!shown(node)) continue;
      const words = count(node.textContent);
      outsideClosed += words;
      const before = !firstDetails || firstDetails.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING;
      if (before) firstView += words;
    }
    return { firstView, outsideClosed, height: document.documentElement.scrollHeight };
  });
}

for (const [name, form, choose] of [
  ["toward the role", "court", (item) => roleDirection(item, true)],
  ["mixed", "court", (item) => roleDirection(item, item.id.length % 2 === 0)],
  ["toward the role", "complet", (item) => roleDirection(item, true)],
  ["mixed", "complet", (item) => roleDirection(item, item.id.length % 2 === 0)],
]) {
  test(`on a phone, the first view of the ${form} form answered ${name} says it in at most ${MAX_WORDS} words`, async ({ page }) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: `Commencer la ${formName(form).toLowerCase()}` }).click();
    await answerAll(page, form, choose);
    // The code is drawn with the lower part, a frame after the first view.
    await expect(page.getByRole("region", { name: "Ton code de résultat" })).toBeVisible();
    const words = await wordsOnScreen(page);
    console.log(`${form}, ${name}: first view ${words.firstView} words; outside closed sections ${words.outsideClosed} words; page ${words.height} px high`);
    expect(words.firstView).toBeGreaterThan(20);
    expect(words.firstView).toBeLessThanOrEqual(MAX_WORDS);
  });
}

test("the sections below the first view open from their summary with the keyboard", async ({ page }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: "Commencer la version courte" }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  const scores = page.getByText("Tes scores en détail, et pourquoi", { exact: true });
  const interests = page.getByRole("region", { name: "Tes centres d'intérêt" });
  await expect(interests).toBeHidden();
  await scores.focus();
  await page.keyboard.press("Enter");
  await expect(interests).toBeVisible();
  await expect(interests.getByRole("figure", { name: /Tes centres d'intérêt : ton score/ })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(interests).toBeHidden();
  await expectNoAxeViolations(page);
});
