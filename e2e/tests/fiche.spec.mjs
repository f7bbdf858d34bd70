// The home screen and the fiche métier: every section reachable by its own address at
// the root and under a sub-path, key figures with their sources, no axe violation.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations, SUB_PATH } from "./helpers.mjs";

const fiche = JSON.parse(
  readFileSync(new URL("../../data/roles/developpeur-back-end/fiche.json", import.meta.url), "utf8"),
);
const sections = [...fiche.sections.map((s) => [s.id, s.title]), ["sources", "Sources"]];

test("home says what this is and leads to the fiche", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("est-ce pour moi");
  await expect(page).toHaveTitle(/Accueil/);
  await page.getByRole("link", { name: "Découvrir le métier" }).click();
  await expect(page).toHaveURL(/#\/fiche$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiche.title);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

for (const [base, label] of [["./", "root"], [SUB_PATH, "sub-path"]]) {
  test(`every fiche section opens from its own address (${label})`, async ({ page }) => {
    for (const [id, title] of sections) {
      await page.goto(`${base}#/fiche/${id}`);
      const heading = page.locator(`#section-${id}`);
      await expect(heading).toHaveText(title);
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      if (id !== "sources") await expect(page).toHaveTitle(new RegExp(title.replace(/[()*?+.]/g, "\\$&")));
    }
  });
}

test("the table of contents leads to each section", async ({ page }) => {
  await page.goto("./#/fiche");
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  await expect(toc.getByRole("link")).toHaveCount(sections.length);
  await toc.getByRole("link", { name: "Salaires" }).click();
  await expect(page).toHaveURL(/#\/fiche\/salaires$/);
  await expect(page.locator("#section-salaires")).toBeFocused();
});

test("key figures show both ROME codes and FAP, each with its source", async ({ page }) => {
  await page.goto("./#/fiche");
  const card = page.getByRole("region", { name: "Chiffres clés" });
  await expect(card).toBeVisible();
  const rome = fiche.sources.find((s) => s.id === "rome").short;
  const dev = fiche.sources.find((s) => s.id === "developpeur-back-end").short;
  const value = (code) => card.locator("dd").filter({ has: page.locator(".figure-value", { hasText: code }) });
  await expect(value("M1805")).toContainText(rome);
  await expect(value("M1802")).toContainText(dev);
  await expect(value("M2Z")).toContainText(dev);
  await expect(card.getByText("Bac+3").first()).toBeVisible();
});

test("every salary row names its unit and source", async ({ page }) => {
  await page.goto("./#/fiche/salaires");
  const rows = page.locator("#section-salaires ~ .table-wrap tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  for (const row of await rows.all()) {
    await expect(row.locator(".unit")).not.toBeEmpty();
    await expect(row.locator(".source-link")).not.toBeEmpty();
  }
});

test("O*NET is credited under CC BY 4.0", async ({ page }) => {
  await page.goto("./#/fiche/sources");
  await expect(page.locator(".sources")).toContainText("15-1252.00");
  await expect(page.locator(".sources")).toContainText("CC BY 4.0");
});

test("an unknown address says so and leads home", async ({ page }) => {
  await page.goto("./#/nulle-part");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cette page n'existe pas");
  await page.getByRole("link", { name: "Revenir à l'accueil" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("est-ce pour moi");
});

test("the skip link focuses the main content without changing the route", async ({ page }) => {
  await page.goto("./#/fiche");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Aller au contenu" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page).toHaveURL(/#\/fiche$/);
});

test("no horizontal scrolling on a 320 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const route of ["#/", "#/fiche"]) {
    await page.goto(`./${route}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

for (const route of ["#/", "#/fiche", "#/fiche/salaires", "#/nulle-part"]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violation on ${route} (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`./${route}`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
}
