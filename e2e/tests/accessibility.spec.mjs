// Accessibility: axe on every screen and state in both themes, display settings that
// are remembered, reflow at 320 px, the glossary reachable from the fiche and the quiz,
// and the whole journey with the keyboard alone.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expectNoAxeViolations, openAllDetails, WORKSHOP_SCREENS } from "./helpers.mjs";
import { serve } from "../serve.mjs";
import { answerAll, bank, formItems, roleDirection, legendOf, always } from "./quiz-data.mjs";
import { backEnd } from "../role.mjs";
import { openScanner } from "./scanner.mjs";

const court = formItems("court");
const heading = (page) => page.getByRole("heading", { level: 1 });

/** Presses Tab (or `key`, e.g. Shift+Tab) until `locator` has the focus. */
async function tabTo(page, locator, key = "Tab") {
  for (let i = 0; i < 300; i++) {
    if (await locator.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`never reached ${locator}`);
}

/** Goes through the short form with the mouse, answering with `choose`. */
async function answerShort(page, choose) {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", choose);
}

const screens = {
  accueil: async (page) => page.goto("./#/"),
  fiche: async (page) => page.goto("./#/fiche"),
  "section de fiche": async (page) => page.goto("./#/fiche/faq"),
  "début du questionnaire": async (page) => page.goto("./#/quiz"),
  "question (affirmation)": async (page) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  },
  "résultat non fiable": async (page) => answerShort(page, always(4)),
  résultat: async (page) => answerShort(page, (item) => roleDirection(item, true)),
  "mes données": async (page) => page.goto("./#/donnees"),
  "confirmation (recommencer)": async (page) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: "Recommencer" }).click();
    await expect(page.getByRole("button", { name: "Oui, tout effacer et recommencer" })).toBeFocused();
  },
  "avis sur des données illisibles": async (page) => {
    await page.goto("./");
    await page.evaluate((key) => localStorage.setItem(key, "{abîmé"), backEnd.keys.document);
    await page.reload();
    await expect(page.getByText(/n'ont pas pu être lues/)).toBeVisible();
  },
  glossaire: async (page) => page.goto("./#/glossaire/api"),
  accessibilité: async (page) => page.goto("./#/accessibilite"),
  "page introuvable": async (page) => page.goto("./#/ailleurs"),
  "mode atelier": async (page) => page.goto("./#/atelier"),
  ...WORKSHOP_SCREENS,
  // Last: its stand-in QR code reader stays installed in the page.
  "vue de groupe, scanner ouvert": (page) => openScanner(page, { paintedCamera: true }),
};

for (const [name, open] of Object.entries(screens)) {
  test(`${name}: no axe violation in light and dark themes, no horizontal scroll at 320 px`, async ({ page }) => {
    await open(page);
    await expect(heading(page)).toBeVisible();
    await openAllDetails(page);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectNoAxeViolations(page);
    }
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test("cancelling a confirmation gives the focus back to the button that asked", async ({ page }) => {
  await page.goto("./#/donnees");
  const erase = page.getByRole("button", { name: "Effacer mes données" });
  await erase.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Oui, tout effacer" })).toBeFocused();
  await page.getByRole("button", { name: "Non, garder" }).press("Enter");
  await expect(erase).toBeFocused();
});

test("the chosen theme, text size and spacing are applied, remembered, and stay accessible", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./#/accessibilite");
  await page.getByRole("group", { name: "Couleurs" }).getByLabel("Sombre").check();
  await page.getByRole("group", { name: "Taille du texte" }).getByLabel("Grande").check();
  await page.getByRole("group", { name: "Espacement du texte" }).getByLabel(/^Aéré/).check();
  const root = page.locator("html");
  await expect(root).toHaveAttribute("data-theme", "dark");
  await expect(root).toHaveClass("large-text spacious");
  await page.reload();
  await expect(root).toHaveAttribute("data-theme", "dark");
  await expect(root).toHaveClass("large-text spacious");
  await expect(page.getByRole("group", { name: "Couleurs" }).getByLabel("Sombre")).toBeChecked();
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe("rgb(20, 23, 28)");
  for (const route of ["#/accessibilite", "#/fiche", "#/quiz"]) {
    await page.goto(`./${route}`);
    await expect(heading(page)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  // Back to the system's choice.
  await page.goto("./#/accessibilite");
  await page.getByRole("group", { name: "Couleurs" }).getByLabel("Comme mon appareil").check();
  await expect(root).not.toHaveAttribute("data-theme", /./);
});

test("a term in the fiche leads to its glossary entry", async ({ page }) => {
  await page.goto("./#/fiche/competences-techniques");
  await page.locator("#section-competences-techniques ~ * a.term", { hasText: /^API/ }).first().click();
  await expect(page).toHaveURL(/#\/glossaire\/api$/);
  await expect(page.locator("#terme-api")).toBeFocused();
  await expect(page.locator("#terme-api")).toHaveText("API");
});

test("a term in the quiz leads to its glossary entry, and back to the same question", async ({ page }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  const index = court.findIndex((item) => item.id === "sit-base-inconnue");
  for (const item of court.slice(0, index)) {
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(roleDirection(item, true), { exact: true }).check();
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await page.getByRole("link", { name: "base de données" }).click();
  await expect(page.locator("#terme-base-de-donnees")).toBeFocused();
  await page.goBack();
  await expect(heading(page)).toHaveText(`Question ${index + 1} sur ${court.length}`);
});

test("the whole journey works with the keyboard alone", async ({ page }) => {
  await page.goto("./");
  await expect(heading(page)).toBeVisible();
  await page.evaluate(() => {
    window.pointerEvents = 0;
    for (const type of ["mousedown", "pointerdown"]) addEventListener(type, () => window.pointerEvents++, true);
  });
  // Home → fiche → one section.
  await tabTo(page, page.getByRole("link", { name: "Découvrir le métier" }));
  await page.keyboard.press("Enter");
  await expect(heading(page)).toBeFocused();
  await tabTo(page, page.getByRole("navigation", { name: "Sommaire" }).getByRole("link", { name: "Combien tu gagnes" }));
  await page.keyboard.press("Enter");
  await expect(page.locator("#section-salaires")).toBeFocused();
  // The quiz, short form.
  await tabTo(
    page,
    page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Le questionnaire" }),
    "Shift+Tab",
  );
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: /Commencer la version courte/ }));
  await page.keyboard.press("Enter");
  for (const [i, item] of court.entries()) {
    await expect(heading(page)).toHaveText(`Question ${i + 1} sur ${court.length}`);
    await expect(heading(page)).toBeFocused();
    const labels = item.kind === "statement" ? bank.scale : item.options.map((o) => o.text);
    const target = labels.indexOf(roleDirection(item, true));
    const radios = page.getByRole("group", { name: legendOf(item) }).getByRole("radio");
    await tabTo(page, radios.first());
    await page.keyboard.press("Space");
    for (let k = 0; k < target; k++) await page.keyboard.press("ArrowDown");
    await expect(radios.nth(target)).toBeChecked();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
  // Open one explanation, then export.
  await tabTo(page, page.locator("summary").first());
  await page.keyboard.press("Enter");
  await expect(page.locator("details").first()).toHaveAttribute("open", "");
  await tabTo(page, page.getByRole("link", { name: "Mes données" }));
  await page.keyboard.press("Enter");
  await tabTo(page, page.getByRole("button", { name: "Télécharger mes données" }));
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  expect(await page.evaluate(() => window.pointerEvents)).toBe(0);
});

test("the statement names the host and its contact from the file next to the app, or says that none was given", async ({ page, browser }) => {
  const region = (page) => page.getByRole("region", { name: "Contact de l'hébergeur" });
  // dist/ as built has no such file.
  await page.goto("./#/accessibilite");
  await expect(region(page)).toContainText(
    "La personne ou l'organisation qui héberge cette copie de l'app n'a donné ni son nom, ni un contact pour l'accessibilité.",
  );

  // A host's copy under a sub-path, with its file: shown as text, markup included.
  const site = mkdtempSync(join(tmpdir(), "metier-contact-"));
  cpSync(fileURLToPath(new URL("../../dist/", import.meta.url)), site, { recursive: true });
  const file = join(site, "contact-accessibilite.json");
  writeFileSync(
    file,
    JSON.stringify({ organisation: "Collège <b>Jean</b> Moulin", contact: "accessibilite@college-exemple.fr\nSecrétariat : 04 00 00 00 00" }),
  );
  const server = await serve(site, "/sous/chemin/");
  try {
    await page.goto(`${server.url}#/accessibilite`);
    await expect(region(page)).toContainText("Cette copie de l'app est proposée par : Collège <b>Jean</b> Moulin");
    await expect(region(page)).toContainText("accessibilite@college-exemple.fr");
    await expect(region(page)).toContainText("Secrétariat : 04 00 00 00 00");
    expect(await region(page).evaluate((el) => el.querySelector("b"))).toBeNull();
    await expectNoAxeViolations(page);

    // A file that is not a contact is named as such, with its reason.
    writeFileSync(file, JSON.stringify({ organisation: "Collège Jean Moulin", lien: "javascript:alert(1)" }));
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${server.url}#/accessibilite`);
    await expect(region(other)).toContainText("Aucun contact de l'hébergeur n'est indiqué : son fichier de contact est illisible (champ inconnu « lien »).");
    await fresh.close();
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});
