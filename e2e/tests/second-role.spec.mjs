// The app built with the test-only second role ("Bibliothécaire", src/model/testdata/),
// with METIER_ROLE=essai: the same code, another role's data. Its fiche opens, its short
// quiz goes to the end, what it stores is under its own key, and its page, manifest and
// service worker are its own. Skipped when dist-essai/ was not built (scripts/test
// builds it).
import { existsSync } from "node:fs";
import { test, expect } from "@playwright/test";
import { answerAll } from "./quiz-data.mjs";
import { backEnd, essai } from "../role.mjs";

const built = existsSync(new URL("../../dist-essai/index.html", import.meta.url));
const { fiche, bank } = essai;
const url = process.env.ESSAI_URL;

const skipUnbuilt = () => test.skip(!built, "dist-essai/ is not built: run scripts/test");

test("a second role is another data folder: its fiche, its quiz, its storage key", async ({ page }) => {
  skipUnbuilt();
  await page.goto(`${url}#/fiche`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiche.title);
  await expect(page).toHaveTitle(new RegExp(fiche.app.name.replace(/[?]/g, "\\?")));
  await expect(page.getByRole("link", { name: fiche.app.name })).toBeVisible();

  await page.goto(`${url}#/quiz`);
  await page.getByRole("button", { name: /Commencer la version/ }).first().click();
  await answerAll(page, bank.forms[0].id, (item) => essai.roleDirection(item), essai);
  await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys).toContain(essai.keys.document);
  expect(keys).not.toContain(backEnd.keys.document);
});

// What the build writes around the app comes from the role it was built with.
for (const [role, base] of [[backEnd, "./"], [essai, url]]) {
  test(`the build names its role in its page, manifest and service worker (${role.name})`, async ({ request, baseURL }) => {
    if (role === essai) skipUnbuilt();
    const site = new URL(base, baseURL).href;
    const page = await (await request.get(site)).text();
    expect(page).toContain(`<title>${role.head.title}</title>`);
    expect(page).toContain(`<meta name="description" content="${role.head.description}">`);
    const manifest = await (await request.get(new URL("public/manifest.webmanifest", site).href)).json();
    expect(manifest).toMatchObject({ name: role.head.title, short_name: role.head.shortName });
    const worker = await (await request.get(new URL("sw.js", site).href)).text();
    expect(worker).toContain(`const APP = ${JSON.stringify(role.keys.document)};`);
  });
}
