// The short quiz as a person takes it: the questions of "Version courte" read from the
// data file the app embeds, the answer that leans toward the role, and each question
// answered through its group (the question's legend) and its radio (the answer's label),
// all from e2e/role.mjs.
import { backEnd, legendOf } from "../role.mjs";
import { getByRole, waitFor, waitForName } from "./queries.mjs";

/** The short form: its name as the start button says it, and its questions in order. */
export const SHORT = { name: backEnd.formName("court"), items: backEnd.formItems("court") };

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
  const group = await getByRole(browser, "group", { name: legendOf(item) });
  const radio = await getByRole(group, "radio", { name: answerLabel });
  await radio.click();
  await waitFor(`the answer ${answerLabel} to be checked`, () => radio.isSelected());
  const last = index + 1 === SHORT.items.length;
  await (await getByRole(browser, "button", { name: last ? "Voir mon résultat" : "Suivant" })).click();
}

/** Answers questions `from` (included) to `to` (excluded) toward the role. */
export async function answerToward(browser, from = 0, to = SHORT.items.length) {
  for (let index = from; index < to; index++) await answer(browser, index, backEnd.roleDirection(SHORT.items[index]));
}

/** Takes the whole short form toward the role, and waits for the result screen. */
export async function takeShortForm(browser, base) {
  await startShortForm(browser, base);
  await answerToward(browser);
  await waitForName(browser, "heading", "Ton résultat", { level: 1 });
}
