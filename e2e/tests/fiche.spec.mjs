// The home screen and the fiche métier: every section reachable by its own address at
// the root and under a sub-path, key figures with their sources, no axe violation.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectNoAxeViolations, SUB_PATH } from "./helpers.mjs";

const fiche = JSON.parse(
  readFileSync(new URL("../../data/roles/developpeur-back-end/fiche.json", import.meta.url), "utf8"),
);
/** The short names of the sources, as the figures name them. */
const shortNames = fiche.sources.map((source) => source.short);
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
  await expect(value("Développeur / Développeuse informatique")).toContainText(rome);
  await expect(value("M1802")).toContainText(dev);
  await expect(value("M2Z").first()).toContainText(dev);
  await expect(card.getByText("Bac+3").first()).toBeVisible();
});

test("the ROME figure gives today's title and its version", async ({ page }) => {
  await page.goto("./#/fiche");
  const card = page.getByRole("region", { name: "Chiffres clés" });
  const today = card.locator("dd").filter({ has: page.locator(".figure-value", { hasText: "Développeur / Développeuse informatique" }) });
  await expect(today).toContainText("ROME 4.0");
  await expect(today).toContainText("20 mars 2023");
  await expect(today).toContainText("M1855");
  // The source's own, older claim stays beside it.
  await expect(card.locator(".figure-value", { hasText: "M1802" })).toBeVisible();
});

test("the routes into the job are listed with their levels and sources", async ({ page }) => {
  await page.goto("./#/fiche/formation");
  const table = page.getByRole("table", { name: "Les voies de formation en France, avec leur niveau" });
  for (const [route, level] of [
    ["BTS SIO, option SLAM", "Bac+2"],
    ["BUT informatique", "Bac+3"],
    ["Licence informatique", "Bac+3"],
    ["Master informatique ou MIAGE", "Bac+5"],
    ["École d'ingénieurs", "Bac+5"],
    ["Titre « Concepteur développeur d'applications »", "Niveau 6"],
  ]) {
    const row = table.getByRole("row", { name: new RegExp(route.replace(/[()*?+.]/g, "\\$&")) });
    await expect(row).toContainText(level);
    // Its source is named as text; the links to the sources are grouped per section.
    expect(shortNames).toContain(await row.locator("td.source").textContent());
  }
  await expect(page.getByRole("heading", { name: "Apprendre en travaillant : l'alternance" })).toBeVisible();
  await expect(page.getByText(/Parcoursup/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("each gross salary has an approximate net beside it, and the Smic as a landmark", async ({ page }) => {
  await page.goto("./#/fiche/salaires");
  const table = page.locator("#section-salaires ~ .table-wrap table").first();
  const beginner = table.getByRole("row", { name: /^Débutante ou débutant 2 000 €/ });
  await expect(beginner).toContainText("brut par mois");
  await expect(beginner).toContainText("Net estimé : environ 1 510 € par mois");
  await expect(table.getByRole("row", { name: /Cotisations/ })).toContainText("environ 24 %");
  await expect(table.getByRole("row", { name: /le Smic/ })).toContainText("1 823,03 €");
  await expect(page.getByText(/Beaucoup de postes du numérique ont le statut de cadre/)).toBeVisible();
  await page.goto("./#/fiche");
  await expect(page.getByRole("region", { name: "Chiffres clés" })).toContainText("environ 1 510 € net par mois");
});

test("the sources list dates every source and links the ones on the web", async ({ page }) => {
  await page.goto("./#/fiche/sources");
  const items = page.locator(".sources ol > li");
  await expect(items).toHaveCount(fiche.sources.length);
  for (const item of await items.all()) await expect(item).toContainText(/Consultée le \d{2}\/\d{2}\/\d{4}\./);
  const links = page.locator(".sources ol > li a.reference");
  expect(await links.count()).toBeGreaterThanOrEqual(30);
  await expect(links.first()).toHaveAttribute("href", /^https:\/\//);
  await expectNoAxeViolations(page);
});

test("every salary row names its unit and source", async ({ page }) => {
  await page.goto("./#/fiche/salaires");
  const rows = page.locator("#section-salaires ~ .table-wrap tbody tr");
  // Counting does not wait: wait for the table first.
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(6);
  for (const row of await rows.all()) {
    await expect(row.locator(".unit")).not.toBeEmpty();
    expect(shortNames).toContain(await row.locator("td.source").textContent());
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
