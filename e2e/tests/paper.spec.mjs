// The paper kit: the same answers given on screen and typed as a paper sheet's line give
// the same result code, and the code read back shows the same result; a line with
// errors names each one with its question; the printed questionnaire is two A4 pages in
// Chromium's PDF, each opened by the sheet's mark.
import { test, expect } from "@playwright/test";
import { pageCount, pdfText } from "../webdriver/pdf.mjs";
import { PAPER_FIELD as FIELD, typePaperLine as typeLine } from "./helpers.mjs";
import { answerAll, bank, formItems, formName, roleDirection } from "./quiz-data.mjs";

const items = formItems("court");
/** The sheet's mark: the short form's initial and the bank's version (« C3 »). */
const MARK = `C${bank.version}`;

/**
 * A fixed pattern of answers, as the digit written on paper: toward the role, every third
 * statement one point nearer the middle of the scale, so that every point is used.
 */
const digitOf = (item, i) => {
  const label = roleDirection(item, true);
  if (item.kind !== "statement") return item.options.findIndex((option) => option.text === label) + 1;
  const point = bank.scale.indexOf(label) + 1;
  return i % 3 === 2 ? point + Math.sign(3 - point) : point;
};
const digits = items.map(digitOf);
/** The same pattern as the label chosen on screen. */
const onScreen = (item) => {
  const digit = digits[items.indexOf(item)];
  return item.kind === "statement" ? bank.scale[digit - 1] : item.options[digit - 1].text;
};
/** The line typed from the sheet: the mark, then the digits in groups of five. */
const line = `${MARK} ${digits.join("").match(/.{1,5}/g).join(" ")}`;

const codeOnScreen = (page) => page.locator(".result-code .code code").textContent();

test("a paper line gives the code of the same answers on screen, and shows the same result", async ({ page, browser, baseURL }) => {
  const other = await browser.newContext({ baseURL });
  const screen = await other.newPage();
  await screen.goto("./#/quiz");
  await screen.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
  await answerAll(screen, "court", onScreen);
  const code = await codeOnScreen(screen);
  const headline = await screen.locator("#affinite").textContent();
  await other.close();

  // On a device with no attempt, the result opens at once.
  await typeLine(page, line);
  await expect(page.getByText("Réponses lues : voici leur code de résultat.")).toBeVisible();
  const region = page.getByRole("region", { name: "Code de résultat de cette feuille" });
  await expect(region.locator("code")).toHaveText(code);
  // The facilitator adds it to the group kept on this device.
  await page.getByRole("link", { name: "Ajouter au groupe de cet appareil" }).click();
  await expect(page.getByText("Code ajouté au groupe : 1 participant.")).toBeVisible();
  await typeLine(page, line);
  await page.getByRole("button", { name: "Voir ce résultat" }).click();
  await expect(page).toHaveURL(/#\/resultat$/);
  await expect(page.locator("#affinite")).toHaveText(headline);
  await expect(page.locator(".result-code .code code")).toHaveText(code);

  // Now the device has an attempt: it is replaced only after a confirmation.
  await typeLine(page, line.replace(/ /g, "\u00a0"));
  await page.getByRole("button", { name: "Voir ce résultat" }).click();
  await expect(page.getByRole("group", { name: /remplacera le questionnaire en cours/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Oui, voir ce résultat" })).toBeFocused();
  await page.getByRole("button", { name: "Oui, voir ce résultat" }).click();
  await expect(page).toHaveURL(/#\/resultat$/);
  await expect(page.locator(".result-code .code code")).toHaveText(code);
});

test("a line with errors names each one with its question, tied to the field", async ({ page }) => {
  const wrong = [...digits];
  wrong[6] = 6;
  wrong[15] = "x";
  await typeLine(page, `${MARK} ${wrong.slice(0, -2).join("")}`);
  const field = page.getByLabel(FIELD);
  await expect(field).toHaveAttribute("aria-invalid", "true");
  for (const problem of [
    "question 7 : 6 n'est pas une réponse possible (1 à 5, ou 0 sans réponse)",
    "question 16 : « x », U+0078 n'est pas un chiffre",
    `il manque les réponses des questions ${items.length - 1} et ${items.length}`,
  ]) {
    await expect(page.getByText(problem)).toBeVisible();
    await expect(field).toHaveAccessibleDescription(new RegExp(problem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  }
  await expect(page.getByRole("region", { name: "Code de résultat de cette feuille" })).toHaveCount(0);

  // A sheet of an older bank is refused whole.
  await typeLine(page, `C${bank.version - 1} ${digits.join("")}`);
  await expect(page.getByText(`la feuille C${bank.version - 1} date d'une ancienne version des questions : imprimez la feuille actuelle (${MARK}) et faites-la remplir`)).toBeVisible();
  // Typing again makes the reading stale: the field is valid until read again.
  await page.getByLabel(FIELD).fill(line);
  await expect(page.getByLabel(FIELD)).not.toHaveAttribute("aria-invalid", "true");
});

test("the paper questionnaire prints on two A4 pages, each opened by its mark", async ({ page }) => {
  await page.goto("./#/atelier");
  await page.getByRole("link", { name: "Imprimer le questionnaire papier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Questionnaire papier" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Imprimer le questionnaire" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Imprimer le questionnaire" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  expect(pageCount(pdf)).toBeLessThanOrEqual(2);
  const pages = pdfText(pdf).normalize("NFKC").split("\f").filter((text) => text.trim());
  expect(pages.length).toBe(2);
  for (const [i, text] of pages.entries()) {
    expect(text.trim().split("\n")[0].trim()).toBe(`Feuille ${MARK} – page ${i + 1} sur 2`);
  }
  const all = pages.join(" ").replace(/\s+/g, " ");
  expect(all).not.toContain("Questionnaire papier");
  expect(all).not.toContain("Saisir des réponses papier");
  expect(all).toContain("ne garde pas ton nom");
  expect(all).toContain(`Tes réponses, un chiffre par question : ${MARK}`);
});
