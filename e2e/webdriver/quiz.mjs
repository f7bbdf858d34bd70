// The short quiz as a person takes it: the questions of "Version courte" read from the
// data file the app embeds, the answer that leans toward the role, and each question
// answered through its group (the question's legend) and its radio (the answer's label).
import { readFileSync } from "node:fs";
import { getByRole, waitFor, waitForName } from "./queries.mjs";

const bank = JSON.parse(readFileSync(new URL("../../data/roles/developpeur-back-end/quiz.json", import.meta.url), "utf8"));

/** The short form: its name as the start button says it, and its questions in order. */
export const SHORT = {
  name: bank.forms.find((form) => form.id === "court").name,
  items: bank.items.filter((item) => item.forms.includes("court")),
};

const importance = new Map(bank.dimensions.map((d) => [d.id, d.target?.importance ?? 0]));
const reversed = (item) => item.reverse === true;

/** The question's legend: the statement itself, or "Situation : <title>". */
export const legend = (item) => (item.kind === "situation" ? `Situation : ${item.title}` : item.text);

/**
 * The answer a person drawn to the role gives: full agreement (or full disagreement
 * with a reversed statement) where the role expects the dimension, the middle of the
 * scale where it does not; in a situation, the reaction worth most to the role.
 */
export function towardRole(item) {
  if (item.kind === "situation") {
    const worth = (option) => Object.entries(option.values).reduce((sum, [d, v]) => sum + importance.get(d) * v, 0);
    return item.options.reduce((best, option) => (worth(option) > worth(best) ? option : best)).text;
  }
  if (importance.get(item.dimension) === 0) return bank.scale[2];
  return bank.scale[reversed(item) ? 0 : bank.scale.length - 1];
}

/** Opens the quiz's start screen under `base` and starts the short form. */
export async function startShortForm(browser, base) {
  await browser.url(`${base}#/quiz`);
  const start = await getByRole(browser, "button", { name: `Commencer la ${SHORT.name.toLowerCase()}` });
  await start.click();
}

/** Waits for question `index` (from 0), checks the answer labelled `answer` and goes on. */
export async function answer(browser, index, answerLabel) {
  const item = SHORT.items[index];
  await waitForName(browser, "heading", `Question ${index + 1} sur ${SHORT.items.length}`, { level: 1 });
  const group = await getByRole(browser, "group", { name: legend(item) });
  const radio = await getByRole(group, "radio", { name: answerLabel });
  await radio.click();
  await waitFor(`the answer ${answerLabel} to be checked`, () => radio.isSelected());
  const last = index + 1 === SHORT.items.length;
  await (await getByRole(browser, "button", { name: last ? "Voir mon résultat" : "Suivant" })).click();
}

/** Answers questions `from` (included) to `to` (excluded) toward the role. */
export async function answerToward(browser, from = 0, to = SHORT.items.length) {
  for (let index = from; index < to; index++) await answer(browser, index, towardRole(SHORT.items[index]));
}

/** Takes the whole short form toward the role, and waits for the result screen. */
export async function takeShortForm(browser, base) {
  await startShortForm(browser, base);
  await answerToward(browser);
  await waitForName(browser, "heading", "Ton résultat", { level: 1 });
}
