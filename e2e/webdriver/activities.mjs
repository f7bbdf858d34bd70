// « Essayer le métier » as a person does it in any engine: each activity's right answer
// read from the data file the app embeds, given through the controls a person uses (a
// radio by its label, « Monter : <step> » until the steps are in order, each menu of the
// filter), then « Vérifier » and « J'ai aimé ».
import assert from "node:assert/strict";
import { backEnd } from "../role.mjs";
import { getByRole, waitFor, waitForName } from "./queries.mjs";

export const { activities } = backEnd;

/** Clicks the radio labelled `label` in the group named `legend`. */
async function pick(browser, legend, label) {
  const group = await getByRole(browser, "group", { name: legend });
  await (await getByRole(group, "radio", { name: label })).click();
}

/**
 * Waits until a live region says `text`. Read from the DOM: the region is visually
 * hidden, and WebKit's WebDriver leaves hidden text out of an element's text.
 */
function waitForSaid(browser, text) {
  return waitFor(`a live region to say ${text}`, async (note) => {
    const said = await browser.execute(() => [...document.querySelectorAll("[role=status]")].map((e) => e.textContent));
    note(said);
    return said.includes(text);
  });
}

/** Gives the right answer of `activity`, on its screen. */
async function answerRightly(browser, activity) {
  const [kind, exercise] = Object.entries(activity.exercise)[0];
  if (kind === "find_line") return pick(browser, "Les lignes du journal", exercise.lines[exercise.answer]);
  if (kind === "spot_field") return pick(browser, "Qu'est-ce qui ne va pas ?", exercise.choices[exercise.answer]);
  if (kind === "order_steps") {
    // Bring each step up to its place, first to last, as a person would.
    const order = [...exercise.start];
    for (let place = 0; place < order.length; place++) {
      const step = exercise.steps[place];
      for (let at = order.indexOf(place); at > place; at--) {
        await (await getByRole(browser, "button", { name: `Monter : ${step}` })).click();
        [order[at - 1], order[at]] = [order[at], order[at - 1]];
        await waitForSaid(browser, `« ${step} » est maintenant à la place ${at} sur ${order.length}.`);
      }
    }
    return;
  }
  // filter_rows: each menu is the <select> its label names (engines differ on a
  // select's computed role, so it is found by the label's `for`).
  for (const [menu, filter] of exercise.filters.entries()) {
    const select = await browser.$(`#filtre-${menu}`);
    assert.equal((await select.getComputedLabel()).trim(), filter.label);
    await select.selectByIndex(exercise.answer[menu]);
  }
}

/** Opens, does, checks and rates `activity` « J'ai aimé ». */
export async function doActivity(browser, root, activity) {
  await browser.url(`${root}#/essayer/${activity.id}`);
  await waitForName(browser, "heading", activity.title, { level: 1 });
  await answerRightly(browser, activity);
  await (await getByRole(browser, "button", { name: "Vérifier" })).click();
  await getByRole(browser, "heading", { level: 2, name: "C'est bien ça" });
  await pick(browser, "As-tu aimé cette activité ?", "J'ai aimé");
}
