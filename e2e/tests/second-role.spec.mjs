// The app built with the test-only second role ("Bibliothécaire", src/model/testdata/):
// the same code, another data folder. Its fiche opens, its short quiz goes to the end,
// and what it stores is under its own key. Skipped when dist-essai/ was not built
// (scripts/test builds it).
import { readFileSync, existsSync } from "node:fs";
import { test, expect } from "@playwright/test";

const built = existsSync(new URL("../../dist-essai/index.html", import.meta.url));
const data = (name) =>
  JSON.parse(readFileSync(new URL(`../../src/model/testdata/${name}`, import.meta.url), "utf8"));
const fiche = data("essai-fiche.json");
const bank = data("essai-quiz.json");
const url = process.env.ESSAI_URL;

test.skip(!built, "dist-essai/ is not built: run scripts/test");

test("a second role is another data folder: its fiche, its quiz, its storage key", async ({ page }) => {
  await page.goto(`${url}#/fiche`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiche.title);
  await expect(page).toHaveTitle(new RegExp(fiche.app.name.replace(/[?]/g, "\\?")));
  await expect(page.getByRole("link", { name: fiche.app.name })).toBeVisible();

  await page.goto(`${url}#/quiz`);
  await page.getByRole("button", { name: /Commencer la version/ }).first().click();
  const form = bank.forms[0].id;
  const items = bank.items.filter((item) => item.forms.includes(form));
  const dimension = (id) => bank.dimensions.find((d) => d.id === id);
  for (const [i, item] of items.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question ${i + 1} sur ${items.length}`);
    const legend = item.kind === "statement" ? item.text : `Situation : ${item.title}`;
    const label =
      item.kind === "statement"
        ? bank.scale[dimension(item.dimension).target ? (item.reverse ? 0 : 4) : 2]
        : item.options[0].text;
    await page.getByRole("group", { name: legend }).getByLabel(label, { exact: true }).check();
    await page.getByRole("button", { name: i + 1 === items.length ? "Voir mon résultat" : "Suivant" }).click();
  }
  await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain(fiche.app.storage_key);
  expect(keys).not.toContain("metier-back-end");
});
