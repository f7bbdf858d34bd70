// The home screen and the fiche métier in two layers: every section reachable by its own
// address at the root and under a sub-path (an old address lands on the top with a note),
// key figures with their sources and years, the related jobs, no axe violation.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations, SUB_PATH } from "./helpers.mjs";
import { backEnd } from "../role.mjs";

const { fiche, bank } = backEnd;
/** "Apec 2020 (L'Usine Digitale), 2020": how a figure names its source and year. */
const credit = (figure) => `${fiche.sources.find((s) => s.id === figure.source).short}, ${figure.year}`;
const sections = [...fiche.sections.map((s) => [s.id, s.title, s.layer]), ["sources", "Sources", "essentiel"]];
const escape = (text) => text.replace(/[()*?+.]/g, "\\$&");

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
    for (const [id, title, layer] of sections) {
      await page.goto(`${base}#/fiche/${id}`);
      const heading = page.locator(`#section-${id}`);
      await expect(heading).toHaveText(title);
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      // A section of « Pour aller plus loin » is closed until opened: its address opens it.
      if (layer === "plus-loin") await expect(page.locator(`details:has(#section-${id})`)).toHaveAttribute("open", "");
      if (id !== "sources") await expect(page).toHaveTitle(new RegExp(escape(title)));
    }
  });
}

test("the fiche has two layers: the essentials, then sections a reader opens", async ({ page }) => {
  await page.goto("./#/fiche");
  // Each layer's reading time, computed by the model, at the top.
  await expect(page.locator(".reading-time")).toHaveText(/^L'essentiel se lit en [1-5] minutes environ\. Pour aller plus loin, compte \d+ minutes de plus\.$/);
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  await expect(toc.getByRole("link")).toHaveCount(sections.length);
  await expect(toc.getByRole("listitem").filter({ hasText: /^L'essentiel/ })).toBeVisible();
  await expect(toc.getByRole("listitem").filter({ hasText: /^Pour aller plus loin/ })).toBeVisible();
  const further = fiche.sections.filter((s) => s.layer === "plus-loin");
  const closed = page.locator("details.more:not([open])");
  await expect(closed).toHaveCount(further.length);
  // Opening one shows it where it is; the essentials are open prose.
  await page.locator("summary", { hasText: further[0].title }).click();
  await expect(closed).toHaveCount(further.length - 1);
  for (const section of fiche.sections.filter((s) => s.layer === "essentiel")) {
    await expect(page.getByRole("heading", { level: 2, name: section.title, exact: true })).toBeVisible();
  }
  await toc.getByRole("link", { name: "Combien tu gagnes" }).click();
  await expect(page).toHaveURL(/#\/fiche\/salaires$/);
  await expect(page.locator("#section-salaires")).toBeFocused();
});

test("an old address of a removed section lands on the top of the fiche, with a note", async ({ page }) => {
  for (const old of ["journee-type", "avantages-inconvenients"]) {
    await page.goto(`./#/fiche/${old}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(fiche.title);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    await expect(page.getByRole("status").filter({ hasText: `« ${old} » n'existe plus` })).toBeVisible();
    await expect(page).toHaveTitle(/^Le métier/);
  }
  // A section that exists carries no note.
  await page.goto("./#/fiche/salaires");
  await expect(page.locator("#section-salaires")).toBeFocused();
  await expect(page.locator(".fiche-moved")).toHaveCount(0);
});

test("the key figures: one study level, pay with its year, the ROME code first", async ({ page }) => {
  await page.goto("./#/fiche");
  const card = page.getByRole("region", { name: "Chiffres clés" });
  await expect(card).toBeVisible();
  for (const key of fiche.key_figures) {
    for (const figure of key.values) {
      const value = card.locator("dd").filter({ has: page.locator(".figure-value", { hasText: figure.value }) });
      await expect(value).toContainText(`(${credit(figure)})`);
    }
  }
  await expect(card.locator("dt").first()).toHaveText("Niveau d'études");
  const rome = card.locator("dd").filter({ hasText: "M1855" });
  await expect(rome).toContainText("ROME 4.0");
  await expect(rome).toContainText("M1805");
  await expect(card).not.toContainText("M1802");
  await expect(card).toContainText("Chiffre ancien, de 2020");
});

test("the routes into the job are listed with their levels, sources and years", async ({ page }) => {
  await page.goto("./#/fiche/parcours");
  const table = page.getByRole("table", { name: "Les voies vers le métier, avec leur niveau" });
  const rows = fiche.sections.find((s) => s.id === "parcours").blocks[0].rows;
  for (const row of rows) {
    const line = table.getByRole("row", { name: new RegExp(`^${escape(row.label)}`) });
    await expect(line).toContainText(row.value);
    await expect(line.locator("td.source")).toHaveText(credit(row));
  }
  await expect(page.getByText(/prépa MP2I/).first()).toBeVisible();
  await expectNoAxeViolations(page);
});

test("pay: one range from the Apec, gross and net, and every source's figure with its year", async ({ page }) => {
  await page.goto("./#/fiche/salaires");
  const pay = page.locator("section", { has: page.locator("#section-salaires") });
  await expect(pay).toContainText("33 000 et 52 500 € brut par an");
  await expect(pay).toContainText("2 090 à 3 330 € net par mois");
  await expect(pay).toContainText("Ce chiffre date de 2020");
  await page.goto("./#/fiche/salaires-sources");
  const table = page.getByRole("table", { name: "Les chiffres de chaque source, avec leur année" });
  await expect(table.getByRole("row", { name: /Du brut au net/ })).toContainText("environ 24 %");
  await expect(table.getByRole("row", { name: /le Smic/ })).toContainText("1 823,03 €");
  const rows = fiche.sections.find((s) => s.id === "salaires-sources").blocks.find((b) => b.kind === "figures").rows;
  await expect(table.locator("tbody tr")).toHaveCount(rows.length);
  for (const [i, row] of rows.entries()) {
    await expect(table.locator("tbody tr").nth(i).locator("td.source")).toHaveText(credit(row));
  }
});

test("the related jobs of the quiz are in the fiche", async ({ page }) => {
  await page.goto("./#/fiche/evolution");
  const list = page.locator("section", { has: page.locator("#section-evolution") }).locator("ul.nearby > li");
  await expect(list).toHaveCount(bank.nearby_roles.length);
  for (const [i, role] of bank.nearby_roles.entries()) {
    await expect(list.nth(i)).toContainText(role.name.replace(/\{en:([^}]*)\}/g, "$1"));
  }
});

test("the sources list dates every source and links the ones on the web", async ({ page }) => {
  await page.goto("./#/fiche/sources");
  const items = page.locator(".sources ol > li");
  await expect(items).toHaveCount(fiche.sources.length);
  for (const item of await items.all()) await expect(item).toContainText(/Consultée le \d{2}\/\d{2}\/\d{4}\./);
  // A source is a link when its reference starts with a web address (model::fiche::Source::link).
  const onTheWeb = fiche.sources.filter((s) => s.reference.split(/\s+/)[0].startsWith("https://"));
  const links = page.locator(".sources ol > li a.reference");
  await expect(links).toHaveCount(onTheWeb.length);
  await expect(links.first()).toHaveAttribute("href", /^https:\/\//);
  await expect(page.locator(".sources")).toContainText("Prepeers");
  await expect(page.locator(".sources")).not.toContainText("non indiqué");
  await expectNoAxeViolations(page);
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
      // The sections a reader opens are checked open too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
      await expectNoAxeViolations(page);
    });
  }
}
