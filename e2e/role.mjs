// The roles the app can be built with, as the end-to-end tests of both runners see them
// (Playwright's e2e/tests/ and the WebDriver journeys of e2e/webdriver/): each role's
// data, read from the files the app embeds; the keys it stores under; the legend of a
// question; and the answer of a visitor drawn to the role, or away from it.
// src/model/role/embedded/generated/roles.json names them all, by the name METIER_ROLE gives
// a build, with their files and keys (written from the data by a native test).
import { readFileSync } from "node:fs";

const read = (path) => JSON.parse(readFileSync(new URL(`../${path}`, import.meta.url), "utf8"));
const roles = read("src/model/role/embedded/generated/roles.json");

/** The legend a question shows: the statement itself, or "Situation : <title>". */
export const legendOf = (item) => (item.kind === "statement" ? item.text : `Situation : ${item.title}`);

/** The role built with `METIER_ROLE=<name>`. */
export function role(name) {
  const built = roles[name];
  if (!built) throw new Error(`role: no role "${name}" in roles.json (${Object.keys(roles).join(", ")})`);
  const bank = read(built.quiz);
  const dimension = (id) => bank.dimensions.find((d) => d.id === id);
  return {
    name,
    fiche: read(built.fiche),
    bank,
    activities: read(built.activities).activities,
    /** The keys the app writes (model::stored::Keys): `document` is the storage key,
     * then `backup`, `workshop` and `told_eviction`. */
    keys: built.keys,
    /** The page's title before the app runs, and the installed app's names. */
    head: { title: built.title, description: built.description, shortName: built.short_name },
    /** The questions of form `form`, in order. */
    formItems: (form) => bank.items.filter((item) => item.forms.includes(form)),
    /** The name of form `form`, as its start button says it. */
    formName: (form) => bank.forms.find((f) => f.id === form).name,
    /**
     * The label of the answer most (toward = true) or least in the role's direction: at
     * a statement, full agreement (or full disagreement with a reversed statement) where
     * the role expects the dimension, the middle of the scale where it does not; at a
     * situation, the reaction worth most (or least) to the role, the first one on a tie.
     */
    roleDirection(item, toward = true) {
      if (item.kind === "statement") {
        if (!dimension(item.dimension).target) return bank.scale[2];
        return toward !== Boolean(item.reverse) ? bank.scale.at(-1) : bank.scale[0];
      }
      const worth = (option) =>
        Object.entries(option.values).reduce((sum, [d, v]) => sum + (dimension(d).target?.importance ?? 0) * v, 0);
      const sign = toward ? 1 : -1;
      return item.options.reduce((best, option) => (sign * worth(option) > sign * worth(best) ? option : best)).text;
    },
  };
}

/** The back-end developer: the role of dist/. */
export const backEnd = role("developpeur-back-end");

/** The test-only role ("Bibliothécaire"), built into dist-essai/ with METIER_ROLE=essai. */
export const essai = role("essai");
