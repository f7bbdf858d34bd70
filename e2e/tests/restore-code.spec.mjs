// A result code brings a result back: made in one browser, typed into « Mes données »
// in another (no file, nothing shared but the code), it gives the same result screen,
// figure for figure. A mistyped code changes nothing and says why.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers.mjs";
import { answerAll, bank, roleDirection } from "./quiz-data.mjs";

/** What the result screen shows: the verdict, every bar's figure, the strengths. */
async function resultFigures(page) {
  await expect(page.locator(".verdict")).toBeVisible();
  return {
    verdict: (await page.locator(".verdict").innerText()).trim(),
    bars: await page.locator(".bar-row").allInnerTexts(),
    strengths: await page.locator(".strengths").allInnerTexts(),
  };
}

test("a code made in one browser gives the same result in another", async ({ page, browser, baseURL }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  let n = 0;
  // Answers that are neither all toward the role nor all neutral, so the result has
  // texture (but not answers pulling both ways on one subject: that is withheld).
  await answerAll(page, "court", (item) =>
    n++ % 3 !== 0 ? roleDirection(item, true) : item.kind === "statement" ? bank.scale[2] : item.options[0].text,
  );
  const code = (await page.locator(".result-code code").textContent()).trim();
  const original = await resultFigures(page);

  const other = await browser.newContext({ baseURL });
  const fresh = await other.newPage();
  await fresh.goto("./#/quiz");
  await fresh.getByRole("link", { name: "Reprends ton résultat avec son code" }).click();
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText("Mes données");
  const field = fresh.getByLabel("Code de résultat");
  // A mistyped code: the same errors as in the group view, and nothing changes.
  const typo = code.slice(0, -1) + (code.endsWith("0") ? "1" : "0");
  await field.fill(typo);
  await fresh.getByRole("button", { name: "Lire le code" }).click();
  await expect(fresh.getByRole("alert")).toContainText("mal recopié");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAttribute("aria-describedby", "code-a-reprendre-erreur");
  await expectNoAxeViolations(fresh);
  // Typed with spaces and in lower case, as people do.
  await field.fill(code.toLowerCase().replaceAll("-", " "));
  await fresh.getByRole("button", { name: "Lire le code" }).click();
  await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await expect(fresh.getByRole("group", { name: /Ce code contient la version courte/ })).toBeVisible();
  await fresh.getByRole("button", { name: "Oui, reprendre ce résultat" }).click();
  await expect(fresh).toHaveURL(/#\/resultat$/);
  expect(await resultFigures(fresh)).toEqual(original);
  await expect(fresh.locator(".result-code code")).toHaveText(code);
  // It is the current attempt now: it survives a reload.
  await fresh.reload();
  expect(await resultFigures(fresh)).toEqual(original);
  await other.close();
});

/** Makes the browser answer `persist()` and `persisted()` with `granted`. */
async function stubPersistence(page, granted) {
  await page.addInitScript((granted) => {
    navigator.storage.persist = async () => granted;
    navigator.storage.persisted = async () => granted;
  }, granted);
}

test("a browser that refuses to keep the storage: the visitor is told once, and « Mes données » says so", async ({ page }) => {
  await stubPersistence(page, false);
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  const warning = page.locator(".notice", { hasText: "n'a pas promis de garder tes réponses" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("écran d'accueil");
  await warning.getByRole("button", { name: "J'ai compris" }).click();
  await page.goto("./#/donnees");
  await expect(page.locator(".persistence")).toContainText("n'a pas promis de garder ces données");
  // Told once: starting again on this device says nothing more.
  await page.reload();
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: "Recommencer" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer et recommencer" }).click();
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Question 1 sur/);
  await expect(page.locator(".notice", { hasText: "n'a pas promis" })).toHaveCount(0);
});

test("a browser that keeps the storage: no warning, and « Mes données » says it is kept", async ({ page }) => {
  await stubPersistence(page, true);
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Question 1 sur/);
  await page.goto("./#/donnees");
  await expect(page.locator(".persistence")).toContainText("a promis de garder ces données");
  await expect(page.locator(".notice", { hasText: "n'a pas promis" })).toHaveCount(0);
});
