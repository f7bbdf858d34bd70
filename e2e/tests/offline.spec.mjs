// Offline: after one visit, the app loads and the whole short quiz runs with no network.
import { test, expect } from "@playwright/test";
import { answerAll, roleDirection } from "./quiz-data.mjs";
import { SUB_PATH } from "./helpers.mjs";

for (const [label, base] of [["root", "./"], ["sub-path", SUB_PATH]]) {
  test(`after one visit the short quiz runs offline (${label})`, async ({ page, context }) => {
    await page.goto(base);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Wait until the service worker controls a page, then load once more under it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.goto(`${base}#/quiz`);
    await page.reload();
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
    await answerAll(page, "court", (item) => roleDirection(item, true));
    await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
    await page.goto(`${base}#/fiche/salaires`);
    await page.reload();
    await expect(page.locator("#section-salaires")).toBeVisible();
    await context.setOffline(false);
  });
}
