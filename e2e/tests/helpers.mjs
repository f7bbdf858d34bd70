// Shared helpers for the end-to-end tests.
import { expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { backEnd } from "../role.mjs";
import { answerAll, roleDirection } from "./quiz-data.mjs";

/** The same dist/ served under a sub-path by the second static server (playwright.config.mjs sets it). */
export const SUB_PATH = process.env.SUB_PATH_URL ?? "http://127.0.0.1:4174/sous/chemin/";

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules and best practices) and fails with the list of violations. */
export async function expectNoAxeViolations(page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary).toEqual([]);
}

/** Turns kiosk mode on with a one-minute delay, under a clock the test controls, and starts the short form. */
export async function startKioskQuiz(page) {
  await page.clock.install();
  await page.goto("./#/atelier");
  await page.getByLabel("Effacer automatiquement les réponses quand personne n'utilise l'appareil").check();
  await page.getByLabel("Après une inactivité de").selectOption({ label: "1 minute" });
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
}

/** The sideways scroll, and elements that stick out, except inside what scrolls on its own (a table's region, a pre). */
export async function outOfView(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.parentElement?.closest(".table-scroll, pre")) continue;
      if (el.closest(".visually-hidden, [hidden]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.left)}–${Math.round(box.right)} px): ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    return { scroll: document.documentElement.scrollWidth - window.innerWidth, found };
  });
}

/** Sets the root font size (a phone's text at 200 % is "200%"), through the CSSOM: the CSP refuses an inline style sheet. Nothing when `size` is null. */
export async function setTextSize(page, size) {
  if (size) await page.evaluate((size) => document.documentElement.style.setProperty("font-size", size, "important"), size);
}

/** Opens the result screen's section whose summary reads `title`, as a pupil would: by clicking its summary. */
export async function openSection(page, title) {
  const summary = page.locator("summary").filter({ hasText: title });
  await summary.click();
  await expect(summary.locator("xpath=..")).toHaveAttribute("open", "");
}

/** Opens every closed <details> of the screen by its summary, outer ones first, so that checks see their content. */
export async function openAllDetails(page) {
  const closed = page.locator("details:not([open]) > summary:visible");
  for (let opened = 0; (await closed.count()) > 0; opened++) {
    if (opened > 200) throw new Error("details that do not open");
    await closed.first().click();
  }
}

/** The answers of an activity's two ratings, and the start of what the visitor is told about each difficulty (the app's own words). */
export const LIKINGS = ["J'ai aimé", "Bof", "Pas du tout"];
export const DIFFICULTIES = ["Facile", "Moyen", "Difficile"];
export const DIFFICULTY_COMMENTS = ["Tu as trouvé ça facile", "Tu as trouvé ça moyen", "Tu as trouvé ça difficile : c'est normal au début"];

/**
 * Does an activity of « Essayer le métier » with the mouse (any answer), checks it and
 * rates it: `liking` and `difficulty` are indices in LIKINGS and DIFFICULTIES; a null
 * difficulty is left unrated.
 */
export async function rate(page, activity, liking, difficulty = 1) {
  await page.goto(`./#/essayer/${activity.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(activity.title);
  const firstRadio = (name) => page.getByRole("group", { name }).getByRole("radio").first();
  if ("find_line" in activity.exercise) await firstRadio("Les lignes du journal").check();
  if ("spot_field" in activity.exercise) await firstRadio("Qu'est-ce qui ne va pas ?").check();
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.locator("#ce-qu-il-fallait")).toBeFocused();
  await page.getByRole("group", { name: "As-tu aimé cette activité ?" }).getByLabel(LIKINGS[liking], { exact: true }).check();
  if (difficulty === null) return;
  await page.getByRole("group", { name: "Comment l'as-tu trouvée ?" }).getByLabel(DIFFICULTIES[difficulty], { exact: true }).check();
  await expect(page.getByRole("status").filter({ hasText: DIFFICULTY_COMMENTS[difficulty] })).toBeVisible();
}

/** The field of « Saisir des réponses papier ». */
export const PAPER_FIELD = "Marque de la feuille et réponses";

/** Types `text` as a paper sheet's line on « Saisir des réponses papier » and reads it. */
export async function typePaperLine(page, text) {
  await page.goto("./#/atelier/saisie-papier");
  await page.getByLabel(PAPER_FIELD).fill(text);
  await page.getByRole("button", { name: "Lire les réponses" }).click();
}

/** A line that reads for the short form of `role` (e2e/role.mjs): its mark, the middle of the scale, the first options. */
export const readablePaperLine = (role) =>
  `C${role.bank.version} ${role.formItems("court").map((item) => (item.kind === "statement" ? 3 : 1)).join("")}`;

/** Takes the short form toward the role, up to its result. */
export async function shortResult(page) {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
}

/**
 * The facilitator's screens (group view, paper kit), by name, each opened in the state
 * that the axe checks (accessibility.spec) and the 206 px checks (rgaa.spec) look at.
 */
export const WORKSHOP_SCREENS = {
  "vue de groupe": async (page) => {
    await shortResult(page);
    const code = await page.locator(".result-code code").textContent();
    await page.goto("./#/atelier/groupe");
    await page.getByLabel("Codes de résultat (un par ligne)").fill(`${code}\n${code}\nfaux`);
    await page.getByRole("button", { name: "Analyser" }).click();
    await expect(page.getByText("1 code ajouté, 1 déjà dans le groupe, 1 ligne refusée.")).toBeVisible();
  },
  "questionnaire papier": (page) => page.goto("./#/atelier/papier"),
  "saisie papier, une ligne refusée": async (page) => {
    await typePaperLine(page, "C3 9x 44");
    await expect(page.getByText("question 1 : 9 n'est pas une réponse possible")).toBeVisible();
  },
  "saisie papier, un code": async (page) => {
    await typePaperLine(page, readablePaperLine(backEnd));
    await expect(page.getByRole("region", { name: "Code de résultat de cette feuille" })).toBeVisible();
  },
  "vue de groupe, un code ajouté par son adresse, « Vider le groupe » ?": async (page) => {
    await shortResult(page);
    const code = await page.locator(".result-code code").textContent();
    await page.goto(`./#/atelier/ajouter/${code}`);
    await expect(page.getByText("Code ajouté au groupe : 1 participant.")).toBeVisible();
    await page.getByRole("button", { name: "Vider le groupe" }).click();
    await expect(page.getByRole("button", { name: "Oui, vider le groupe" })).toBeFocused();
  },
  "vue de groupe, un code refusé par son adresse": async (page) => {
    await page.goto("./#/atelier/ajouter/ABCD-1234");
    await expect(page.getByRole("alert")).toContainText("Code refusé");
  },
  "avis sur un groupe illisible": async (page) => {
    await page.goto("./");
    await page.evaluate((key) => localStorage.setItem(key, "{abîmé"), backEnd.keys.group);
    await page.goto("./#/atelier/groupe");
    await expect(page.getByText(/Le groupe enregistré sur cet appareil n'a pas pu être lu/)).toBeVisible();
  },
};
