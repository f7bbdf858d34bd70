// The question bank, read from the same data file the app embeds, the answers a test
// gives (toward the role, away from it, or always the same), and answering a whole form.
import { readFileSync } from "node:fs";
import { expect } from "@playwright/test";

export const bank = JSON.parse(
  readFileSync(new URL("../../data/roles/developpeur-back-end/quiz.json", import.meta.url), "utf8"),
);

export const formItems = (form) => bank.items.filter((item) => item.forms.includes(form));
export const formName = (form) => bank.forms.find((f) => f.id === form).name;
const dimension = (id) => bank.dimensions.find((d) => d.id === id);

/** The label of the answer most (toward = true) or least in the role's direction. */
export function roleDirection(item, toward) {
  if (item.kind === "statement") {
    if (!dimension(item.dimension).target) return bank.scale[2];
    return toward !== Boolean(item.reverse) ? bank.scale[4] : bank.scale[0];
  }
  const weight = (option) =>
    Object.entries(option.values).reduce(
      (sum, [d, v]) => sum + (dimension(d).target?.importance ?? 0) * v,
      0,
    );
  let best = 0;
  item.options.forEach((option, i) => {
    const better = toward ? weight(option) > weight(item.options[best]) : weight(option) < weight(item.options[best]);
    if (better) best = i;
  });
  return item.options[best].text;
}

/**
 * The label of `step` points toward the role (1: "plutôt", 2: "tout à fait") on the
 * statements of the role's interests, or only of the interests listed in `only`;
 * neutral on every other statement; the first option of each situation.
 */
export const towardInterests = (step, only) => (item) => {
  if (item.kind !== "statement") return item.options[0].text;
  const d = dimension(item.dimension);
  const counts = d.family === "interest" && d.target && (!only || only.includes(d.id));
  if (!counts) return bank.scale[2];
  return bank.scale[item.reverse ? 2 - step : 2 + step];
};

/** The label of the same point of the scale for every statement, first option otherwise. */
export const always = (point) => (item) => (item.kind === "statement" ? bank.scale[point] : item.options[0].text);

/** The legend a question shows. */
export const legendOf = (item) => (item.kind === "statement" ? item.text : `Situation : ${item.title}`);

/** Answers every question of the form on screen with `choose(item)`, checking each screen. */
export async function answerAll(page, form, choose) {
  const items = formItems(form);
  for (const [i, item] of items.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question ${i + 1} sur ${items.length}`);
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(choose(item), { exact: true }).check();
    await page.getByRole("button", { name: i + 1 === items.length ? "Voir mon résultat" : "Suivant" }).click();
  }
}

/** A data text as the page's text holds it: passages in another language (`{en:…}`) and quotations (`{q:…}`, whose guillemets the style draws) without their markup. */
export const plain = (text) => text.replace(/\{[a-z]{1,3}:([^{}]+)\}/g, "$1");
