// The back-end role's quiz as the Playwright tests take it: its bank and the answers a
// test gives (toward the role or away from it, from e2e/role.mjs; toward some interests;
// always the same), and answering a whole form.
import { expect } from "@playwright/test";
import { backEnd, legendOf } from "../role.mjs";

export { legendOf };
export const { bank, formItems, formName, roleDirection } = backEnd;
const dimension = (id) => bank.dimensions.find((d) => d.id === id);

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

/** Answers every question of the form on screen with `choose(item)`, checking each
 * screen; the form is the back-end role's unless `role` (e2e/role.mjs) says otherwise. */
export async function answerAll(page, form, choose, role = backEnd) {
  const items = role.formItems(form);
  for (const [i, item] of items.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question ${i + 1} sur ${items.length}`);
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(choose(item), { exact: true }).check();
    await page.getByRole("button", { name: i + 1 === items.length ? "Voir mon résultat" : "Suivant" }).click();
  }
}

/** A data text as the page's text holds it: passages in another language (`{en:…}`) and quotations (`{q:…}`, whose guillemets the style draws) without their markup. */
export const plain = (text) => text.replace(/\{[a-z]{1,3}:([^{}]+)\}/g, "$1");
