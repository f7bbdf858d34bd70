// « Essayer le métier » (#/essayer and #/essayer/<id>), the four activities read from the
// same data file the app embeds: each one done with the keyboard alone (radios with the
// arrows, steps moved with « Monter » and « Descendre », menus of a filter), « Vérifier »
// on a wrong answer (an explanation, never a mark), a reload in the middle that resumes
// the work, the two ratings carried by the result code into the group view, a liking that
// raises the match, axe in both themes, no sideways scroll at 320 px nor at 206 px, bad stored data
// dropped with a notice, and the offers from home, quiz start and result.
import { test, expect } from "@playwright/test";
import {
  DIFFICULTIES,
  DIFFICULTY_COMMENTS,
  LIKINGS,
  expectNoAxeViolations,
  openSection,
  outOfView,
  rate,
  setTextSize,
} from "./helpers.mjs";
import { answerAll, bank, formItems, roleDirection, plain } from "./quiz-data.mjs";
import { backEnd } from "../role.mjs";

const { activities, fiche } = backEnd;
const byKind = (kind) => activities.find((a) => kind in a.exercise);
const journal = byKind("find_line");
const steps = byKind("order_steps");
const spot = byKind("spot_field");
const filter = byKind("filter_rows");

const KEY = backEnd.keys.document;
const RIGHT = "C'est bien ça";
const NOT_YET = "Pas tout à fait : voici ce qu'il fallait voir";
const OFFER = /^Essayer le métier \(\d+ min par activité\)$/;

const stored = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), KEY);
const heading = (page) => page.getByRole("heading", { level: 1 });
const feedback = (page) => page.getByRole("region", { name: new RegExp(`^(${RIGHT}|${NOT_YET})$`) });
const feedbackHeading = (page) => page.locator("#ce-qu-il-fallait");
const lineGroup = (page) => page.getByRole("group", { name: "Les lignes du journal" });
const choiceGroup = (page) => page.getByRole("group", { name: "Qu'est-ce qui ne va pas ?" });
const likingGroup = (page) => page.getByRole("group", { name: "As-tu aimé cette activité ?" });
const difficultyGroup = (page) => page.getByRole("group", { name: "Comment l'as-tu trouvée ?" });
const moveButton = (page, text, up) => page.getByRole("button", { name: `${up ? "Monter" : "Descendre"} : ${text}`, exact: true });
/** The steps on screen, each with its two buttons. */
const stepItems = (page) => page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Monter : / }) });
const moveSaid = (page) => page.getByRole("status").filter({ hasText: "est maintenant à la place" });
const filterCount = (page) => page.getByRole("status").filter({ hasText: /ligne\(s\) gardée\(s\)/ });
const sqlCode = (page) => page.getByRole("figure", { name: /SQL/ }).locator("pre code");
const keptTable = (page) => page.getByRole("table", { name: "Les lignes gardées" });
const listItem = (page, activity) =>
  page.getByRole("listitem").filter({ has: page.getByRole("link", { name: activity.title, exact: true }) });

async function openActivity(page, activity) {
  await page.goto(`./#/essayer/${activity.id}`);
  await expect(heading(page)).toHaveText(activity.title);
}

// What the filter keeps and the SQL it writes, worked out here from the data alone.
const OPERATORS = { lt: "<", gt: ">", ge: ">=", le: "<=", eq: "=" };
const table = filter.exercise.filter_rows;
function keptRows(choices) {
  return table.rows.filter((row) =>
    table.filters.every((f, menu) => {
      const option = f.options[choices[menu]];
      if (!option.op) return true;
      const numeric = table.columns[f.column].numeric;
      const [a, b] = numeric ? [Number(row[f.column]), Number(option.value)] : [row[f.column], option.value];
      return { lt: a < b, gt: a > b, ge: a >= b, le: a <= b, eq: a === b }[option.op];
    }),
  );
}
function sqlOf(choices) {
  const conditions = table.filters.flatMap((f, menu) => {
    const option = f.options[choices[menu]];
    if (!option.op) return [];
    const column = table.columns[f.column];
    return [`${column.name} ${OPERATORS[option.op]} ${column.numeric ? option.value : `'${option.value}'`}`];
  });
  return `SELECT * FROM ${table.table}${conditions.length ? ` WHERE ${conditions.join(" AND ")}` : ""};`;
}

// ---- The keyboard alone ----

/** Moves the focus onto `target` (or into it, for a group of radios) with Tab or Shift+Tab only. */
async function tabTo(page, target) {
  for (let presses = 0; presses <= 120; presses++) {
    const where = await target.evaluate((el) => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) return "after";
      if (el === focused || el.contains(focused)) return "here";
      return focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING ? "before" : "after";
    });
    if (where === "here") return;
    await page.keyboard.press(where === "before" ? "Shift+Tab" : "Tab");
  }
  throw new Error(`the keyboard never reached ${target}`);
}

/** Chooses the radio at `index` of a group that has none chosen yet: Space on the first, the arrows to the others. */
async function chooseByKeys(page, group, index) {
  await tabTo(page, group);
  await expect(group.getByRole("radio").first()).toBeFocused();
  if (index === 0) await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio").nth(index)).toBeChecked();
}

/** Brings the steps from their start order to the right one with « Monter » alone, pressing Enter or Space. */
async function orderByKeys(page) {
  const { steps: texts, start } = steps.exercise.order_steps;
  const order = [...start];
  let firstMove = true;
  for (let target = 0; target < texts.length; target++) {
    let at = order.indexOf(target);
    if (at === target) continue;
    const text = texts[target];
    await tabTo(page, moveButton(page, text, true));
    while (at > target) {
      await page.keyboard.press(at % 2 ? "Enter" : "Space");
      order.splice(at - 1, 0, ...order.splice(at, 1));
      at -= 1;
      await expect(moveSaid(page)).toHaveText(`« ${text} » est maintenant à la place ${at + 1} sur ${texts.length}.`);
      // The focus stays on the step that moved: on « Monter » while it can still go up.
      await expect(moveButton(page, text, at > 0)).toBeFocused();
      if (firstMove) {
        const focused = await page.evaluate(() => document.activeElement.getAttribute("aria-label"));
        expect(focused).toBe(`Monter : ${text}`);
        firstMove = false;
      }
      await expect(stepItems(page)).toContainText(order.map((step) => texts[step]));
    }
  }
  expect(order).toEqual(texts.map((_, i) => i));
}

const doByKeys = {
  find_line: (page) => chooseByKeys(page, lineGroup(page), journal.exercise.find_line.answer),
  spot_field: (page) => chooseByKeys(page, choiceGroup(page), spot.exercise.spot_field.answer),
  order_steps: (page) => orderByKeys(page),
  filter_rows: async (page) => {
    await expect(sqlCode(page)).toHaveText(sqlOf(table.filters.map(() => 0)));
    // Up past the right option, then back down: both arrows change a closed menu.
    for (const [menu, f] of table.filters.entries()) {
      // The menus are one group, named for screen readers.
      const select = page.getByRole("group", { name: "Les filtres" }).getByLabel(f.label, { exact: true });
      await tabTo(page, select);
      await expect(select).toBeFocused();
      const option = table.answer[menu];
      const past = Math.min(option + 1, f.options.length - 1);
      for (let i = 0; i < past; i++) await page.keyboard.press("ArrowDown");
      for (let i = past; i > option; i--) await page.keyboard.press("ArrowUp");
      await expect(select).toHaveValue(String(option));
    }
    const kept = keptRows(table.answer);
    await expect(sqlCode(page)).toHaveText(sqlOf(table.answer));
    await expect(filterCount(page)).toHaveText(`${kept.length} ligne(s) gardée(s) sur ${table.rows.length}.`);
    await expect(keptTable(page).getByRole("rowheader")).toHaveText(kept.map((row) => row[0]));
  },
};

const ratingsByKeys = [
  [journal, 0, 2],
  [steps, 1, 0],
  [spot, 2, 1],
  [filter, 0, 2],
];

for (const [activity, liking, difficulty] of ratingsByKeys) {
  const kind = Object.keys(activity.exercise)[0];
  test(`« ${activity.title} » (${kind}) can be done, checked and rated with the keyboard alone`, async ({ page }) => {
    await openActivity(page, activity);
    await heading(page).focus();
    await doByKeys[kind](page);

    await tabTo(page, page.getByRole("button", { name: "Vérifier" }));
    await page.keyboard.press("Enter");
    await expect(feedbackHeading(page)).toBeFocused();
    await expect(feedbackHeading(page)).toHaveText(RIGHT);
    await expect(feedback(page)).toContainText(plain(activity.explanation));

    await chooseByKeys(page, likingGroup(page), liking);
    await expect(likingGroup(page).getByLabel(LIKINGS[liking], { exact: true })).toBeChecked();
    await chooseByKeys(page, difficultyGroup(page), difficulty);
    await expect(page.getByRole("status").filter({ hasText: DIFFICULTY_COMMENTS[difficulty] })).toBeVisible();
    await expect.poll(async () => (await stored(page)).tried[activity.id]).toMatchObject({
      checked: true,
      liking: liking + 1,
      difficulty: difficulty + 1,
    });

    await tabTo(page, page.getByRole("link", { name: "Toutes les activités" }));
    await page.keyboard.press("Enter");
    await expect(heading(page)).toHaveText("Essayer le métier");
    await expect(listItem(page, activity)).toContainText(`faite, ton avis : « ${LIKINGS[liking]} »`);
    for (const other of activities.filter((a) => a !== activity)) {
      await expect(listItem(page, other)).toContainText("pas encore commencée");
    }
  });
}

// ---- Wrong answers, incomplete answers ----

test("a changed answer waits for « Vérifier » again: the verdict never follows the radios", async ({ page }) => {
  await openActivity(page, journal);
  await wronglyFind(page);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(feedbackHeading(page)).toHaveText(NOT_YET);
  await lineGroup(page).getByRole("radio").nth(journal.exercise.find_line.answer).check();
  await expect(feedback(page)).toHaveCount(0);
  // The questions stay once asked only if answered; here none was, so they wait too.
  await expect(likingGroup(page)).toHaveCount(0);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(feedbackHeading(page)).toHaveText(RIGHT);
});

/** Gives a wrong answer with the mouse: the next line, another choice, the start order, no filter. */
const wronglyFind = (page) => lineGroup(page).getByRole("radio").nth(journal.exercise.find_line.answer + 1).check();
const wrongly = {
  find_line: wronglyFind,
  spot_field: (page) => choiceGroup(page).getByRole("radio").nth((spot.exercise.spot_field.answer + 1) % spot.exercise.spot_field.choices.length).check(),
  order_steps: async () => {},
  filter_rows: async () => {},
};

test("a wrong answer says « Pas tout à fait » and explains, with no score nor mark", async ({ page }) => {
  for (const activity of activities) {
    const kind = Object.keys(activity.exercise)[0];
    await openActivity(page, activity);
    await expect(feedback(page)).toHaveCount(0);
    await expect(likingGroup(page)).toHaveCount(0);
    await wrongly[kind](page);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(feedbackHeading(page)).toBeFocused();
    await expect(feedbackHeading(page)).toHaveText(NOT_YET);
    const shown = feedback(page);
    await expect(shown).toContainText(plain(activity.explanation));
    await expect(shown).toContainText("Ce n'est pas un test");
    const text = await shown.textContent();
    expect(text, activity.id).not.toMatch(/\d\s*%|\/\s*\d|\bsur\s+\d|\bscore\b|\bnote\s*:/i);
    // The ratings come once checked, whatever the outcome.
    await expect(likingGroup(page)).toBeVisible();
    await expect(difficultyGroup(page)).toBeVisible();
    // The real work and the fiche's section it belongs to.
    const section = fiche.sections.find((s) => s.id === activity.section);
    await expect(page.getByRole("link", { name: `Voir dans la fiche : ${section.title}`, exact: true })).toHaveAttribute(
      "href",
      `#/fiche/${activity.section}`,
    );
  }
  await page.goto("./#/essayer");
  for (const activity of activities) await expect(listItem(page, activity)).toContainText("faite, sans ton avis");
  // The last one leads to the result; the link to the fiche opens its section.
  await openActivity(page, filter);
  await expect(page.getByRole("link", { name: "Voir mon résultat" })).toBeVisible();
  const section = fiche.sections.find((s) => s.id === journal.section);
  await openActivity(page, journal);
  await page.getByRole("link", { name: `Activité suivante : ${steps.title}`, exact: true }).click();
  await expect(heading(page)).toHaveText(steps.title);
  await openActivity(page, journal);
  await page.getByRole("link", { name: `Voir dans la fiche : ${section.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/fiche/${journal.section}$`));
  await expect(page.locator(`#section-${journal.section}`)).toHaveText(section.title);
});

test("« Vérifier » with nothing chosen asks for an answer first", async ({ page }) => {
  for (const [activity, group] of [[journal, lineGroup], [spot, choiceGroup]]) {
    await openActivity(page, activity);
    await expect(group(page)).not.toHaveAttribute("aria-describedby");
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Choisis d'abord une réponse" })).toHaveText(
      "Choisis d'abord une réponse, puis « Vérifier ».",
    );
    // The message describes the group of answers it is about (RGAA 11.10).
    await expect(group(page)).toHaveAccessibleDescription("Choisis d'abord une réponse, puis « Vérifier ».");
    await expect(feedback(page)).toHaveCount(0);
    await expect(likingGroup(page)).toHaveCount(0);
  }
  await page.goto("./#/essayer");
  await expect(listItem(page, journal)).toContainText("pas encore commencée");
  // Once an answer is chosen, the message and the description go.
  await openActivity(page, journal);
  await page.getByRole("button", { name: "Vérifier" }).click();
  await lineGroup(page).getByRole("radio").first().check();
  await expect(page.getByRole("alert").filter({ hasText: "Choisis d'abord une réponse" })).toHaveCount(0);
  await expect(lineGroup(page)).not.toHaveAttribute("aria-describedby");
});

// ---- Reloads ----

test("a reload in the middle of an activity resumes it where it was", async ({ page }) => {
  const { steps: texts, start } = steps.exercise.order_steps;
  await openActivity(page, steps);
  const first = texts[start[0]];
  await moveButton(page, first, false).click();
  const moved = [start[1], start[0], ...start.slice(2)].map((s) => texts[s]);
  await expect(stepItems(page)).toContainText(moved);
  await page.reload();
  await expect(heading(page)).toHaveText(steps.title);
  await expect(stepItems(page)).toHaveCount(texts.length);
  await expect(stepItems(page)).toContainText(moved);
  await expect(moveButton(page, texts[start[1]], true)).toBeDisabled();

  await openActivity(page, filter);
  const choices = table.filters.map(() => 0);
  choices[1] = table.answer[1];
  const ville = table.filters[1];
  await page.getByLabel(ville.label, { exact: true }).selectOption({ label: ville.options[choices[1]].label });
  await expect(sqlCode(page)).toHaveText(sqlOf(choices));
  await page.reload();
  await expect(heading(page)).toHaveText(filter.title);
  await expect(page.getByLabel(ville.label, { exact: true })).toHaveValue(String(choices[1]));
  await expect(page.getByLabel(table.filters[0].label, { exact: true })).toHaveValue("0");
  await expect(sqlCode(page)).toHaveText(sqlOf(choices));
  await expect(filterCount(page)).toHaveText(`${keptRows(choices).length} ligne(s) gardée(s) sur ${table.rows.length}.`);

  await openActivity(page, journal);
  const line = journal.exercise.find_line.lines[1];
  await lineGroup(page).getByLabel(line, { exact: true }).check();
  await page.reload();
  await expect(heading(page)).toHaveText(journal.title);
  await expect(lineGroup(page).getByLabel(line, { exact: true })).toBeChecked();
  await expect(lineGroup(page).getByRole("radio", { checked: true })).toHaveCount(1);

  await page.goto("./#/essayer");
  for (const activity of [steps, filter, journal]) await expect(listItem(page, activity)).toContainText("commencée");
  await expect(listItem(page, spot)).toContainText("pas encore commencée");
});

// ---- Ratings in the result ----

async function shortQuiz(page, choose) {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", choose);
  await expect(page).toHaveURL(/#\/resultat$/);
}

const resultCode = (page) => page.getByRole("region", { name: "Ton code de résultat" }).locator("code").textContent();

test("the ratings travel in the result code to the group view", async ({ page, browser, baseURL }) => {
  const liked = [journal, 0, 2];
  const disliked = [filter, 2, 0];
  for (const [activity, liking, difficulty] of [liked, disliked]) await rate(page, activity, liking, difficulty);
  await shortQuiz(page, (item) => roleDirection(item, true));

  // The section's summary says it plainly; the ratings are inside.
  await openSection(page, "Tu as essayé le métier. Tu as aimé 1 tâche sur 2.");
  const tried = page.getByRole("region", { name: "Tu as essayé le métier" });
  await expect(tried.getByRole("heading", { level: 2 })).toHaveText("Tu as essayé le métier");
  await expect(tried.getByRole("listitem")).toHaveCount(2);
  for (const [activity, liking, difficulty] of [liked, disliked]) {
    const item = tried.getByRole("listitem").filter({ hasText: activity.title });
    await expect(item.locator("strong")).toHaveText(activity.title);
    await expect(item).toContainText(`${activity.title} : « ${LIKINGS[liking]} »`);
    await expect(item).toContainText(DIFFICULTY_COMMENTS[difficulty]);
  }
  const code = (await resultCode(page)).trim();
  expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]$/);

  // Someone else's browser: the facilitator's.
  const context = await browser.newContext({ baseURL });
  const group = await context.newPage();
  await group.goto("./#/atelier/groupe");
  await group.getByLabel("Codes de résultat (un par ligne)").fill(code);
  await group.getByRole("button", { name: "Analyser" }).click();
  await expect(group.getByRole("status").filter({ hasText: "code ajouté" })).toContainText("1 code ajouté");
  const section = group.getByRole("region", { name: "Essayer le métier" });
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Essayer le métier");
  // The liking and, beside it, the difficulty: each answer counted, and how many rated.
  for (const [caption, answers, rating] of [["Avis sur les activités", LIKINGS, 1], ["Difficulté ressentie", DIFFICULTIES, 2]]) {
    const table = section.getByRole("table", { name: caption });
    await expect(table.getByRole("columnheader")).toHaveText(["Activité", ...answers, "Avis donnés"]);
    await expect(table.getByRole("rowheader")).toHaveText(activities.map((a) => a.title));
    for (const activity of activities) {
      const rated = [liked, disliked].find(([a]) => a === activity);
      const counts = answers.map((_, i) => (rated && rated[rating] === i ? "1" : "0"));
      const row = table.getByRole("row").filter({ has: group.getByRole("rowheader", { name: activity.title, exact: true }) });
      await expect(row.getByRole("cell"), `${caption}: ${activity.id}`).toHaveText([...counts, rated ? "1" : "0"]);
    }
  }
  await expectNoAxeViolations(group);
  await context.close();
});

/**
 * The result's headline: the rank of its band (faible < partielle < bonne < très forte),
 * the mean of both ranks when it lies between two bands, and the figures it shows.
 */
async function headline(page) {
  const text = (await page.locator("#affinite").textContent()).replace(/\s+/g, " ").trim();
  const bands = ["faible", "partielle", "bonne", "très forte"];
  const between = text.match(/^Affinité entre (.+?) et (.+?)( :|$)/);
  const ranks = between
    ? [bands.indexOf(between[1]), bands.indexOf(between[2])]
    : [bands.findIndex((band) => text.toLowerCase().startsWith(band) || text.toLowerCase().startsWith(`affinité ${band}`))];
  const rank = ranks.includes(-1) ? -1 : ranks.reduce((a, b) => a + b, 0) / ranks.length;
  const figures = (text.match(/\d+/g) ?? []).map(Number);
  return { text, rank, figures };
}

test("liking the activities raises the match, disliking them lowers it", async ({ browser, baseURL }) => {
  const court = formItems("court");
  // Toward the role on every other item, the middle of the scale (or the first situation's option) elsewhere.
  const mixed = (item) =>
    court.indexOf(item) % 2 === 0 ? roleDirection(item, true) : item.kind === "statement" ? bank.scale[2] : item.options[0].text;
  const headlines = [];
  for (const liking of [0, 2]) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    for (const activity of activities) await rate(page, activity, liking);
    await shortQuiz(page, mixed);
    headlines.push(await headline(page));
    await context.close();
  }
  const [liked, disliked] = headlines;
  expect(liked.rank, liked.text).toBeGreaterThanOrEqual(0);
  expect(disliked.rank, disliked.text).toBeGreaterThanOrEqual(0);
  if (liked.figures.length === 1 && disliked.figures.length === 1 && liked.rank === disliked.rank) {
    expect(liked.figures[0]).toBeGreaterThan(disliked.figures[0]);
  } else {
    expect(liked.rank, `${liked.text} / ${disliked.text}`).toBeGreaterThan(disliked.rank);
  }
  // Whatever is shown, a range or a figure, the liked one lies above.
  expect(Math.min(...liked.figures), `${liked.text} / ${disliked.text}`).toBeGreaterThan(Math.min(...disliked.figures));
});

// ---- Accessibility, narrow screens ----

/** Does the activity with the mouse, checks it and rates it, so that everything it can show is shown. */
const completely = (page, activity) => rate(page, activity, 0, 2);

for (const colorScheme of ["light", "dark"]) {
  test(`axe finds nothing on the list and on each activity, before and after checking (${colorScheme} theme)`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    await page.goto("./#/essayer");
    await expect(heading(page)).toHaveText("Essayer le métier");
    // The theme really is the one asked for: the page's background is light or dark.
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const light = (css) => css.match(/[\d.]+/g).slice(0, 3).reduce((a, b) => a + Number(b), 0) > 3 * 128;
    expect(light(background), `${colorScheme}: ${background}`).toBe(colorScheme === "light");
    await expectNoAxeViolations(page);
    for (const activity of activities) {
      await openActivity(page, activity);
      await expectNoAxeViolations(page);
      await completely(page, activity);
      await expect(feedback(page)).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.goto("./#/essayer");
    await expect(listItem(page, journal)).toContainText("faite, ton avis");
    await expectNoAxeViolations(page);
  });
}

// At 320 px; at 206 px, a 412 px phone at 200 % zoom; and on a 360 px phone with its
// text at 200 %.
for (const { name, width, text } of [
  { name: "320 px", width: 320, text: null },
  { name: "206 px", width: 206, text: null },
  { name: "360 px with the text at 200 %", width: 360, text: "200%" },
]) {
  test(`nothing scrolls sideways at ${name}, on the list and on each activity once checked`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    const faults = {};
    for (const activity of activities) {
      await completely(page, activity);
      await expect(feedback(page)).toBeVisible();
      await setTextSize(page, text);
      const { scroll, found } = await outOfView(page);
      if (scroll > 0 || found.length > 0) faults[activity.id] = { scroll, found: found.slice(0, 8) };
    }
    await page.goto("./#/essayer");
    await expect(listItem(page, filter)).toContainText("faite, ton avis");
    await setTextSize(page, text);
    const { scroll, found } = await outOfView(page);
    if (scroll > 0 || found.length > 0) faults.liste = { scroll, found: found.slice(0, 8) };
    expect(faults).toEqual({});
  });
}


// ---- Bad stored data ----

test("stored activities that no longer fit are dropped with a notice, the rest is kept", async ({ page }) => {
  const now = Date.now();
  const document = {
    schema: 2,
    bank_version: bank.version,
    progress: { form: null, answers: {}, position: 0, finished: false },
    history: [],
    tried: {
      "activite-disparue": { response: [0], checked: true, liking: 1, updated_at: now },
      [journal.id]: { response: [99], checked: true, liking: 7, difficulty: 2, updated_at: now },
      [spot.id]: { response: [spot.exercise.spot_field.answer], checked: true, liking: 1, difficulty: 1, updated_at: now },
    },
  };
  await page.addInitScript(([key, text]) => {
    if (sessionStorage.getItem("e2e-seeded")) return;
    localStorage.setItem(key, text);
    sessionStorage.setItem("e2e-seeded", "1");
  }, [KEY, JSON.stringify(document)]);
  await page.goto("./#/essayer");
  await expect(heading(page)).toHaveText("Essayer le métier");
  const notice = page.getByText(/Dans « Essayer le métier », des données enregistrées ne correspondaient plus aux activités/);
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("1 activité(s) retirée(s) oubliée(s)");
  await expect(notice).toContainText("1 avis illisible(s) effacé(s)");
  await expect(notice).toContainText("1 activité(s) reprise(s) depuis le début");

  // The four activities, the valid one as it was, the bad one started again.
  await expect(page.getByRole("region", { name: "Les activités" }).getByRole("listitem")).toHaveCount(activities.length);
  for (const activity of activities) await expect(listItem(page, activity)).toBeVisible();
  await expect(listItem(page, spot)).toContainText(`faite, ton avis : « ${LIKINGS[0]} »`);
  await expect(listItem(page, journal)).toContainText("commencée");
  await expect(listItem(page, journal)).not.toContainText("faite");

  // The next save writes the cleaned document.
  await openActivity(page, journal);
  await expect(lineGroup(page).getByRole("radio", { checked: true })).toHaveCount(0);
  await lineGroup(page).getByRole("radio").nth(2).check();
  await expect.poll(async () => (await stored(page)).tried[journal.id]?.response).toEqual([2]);
  const saved = (await stored(page)).tried;
  expect(Object.keys(saved).sort()).toEqual([journal.id, spot.id].sort());
  expect(saved[journal.id]).toMatchObject({ checked: false, liking: null, difficulty: 2 });
  expect(saved[spot.id]).toMatchObject({ checked: true, liking: 1, difficulty: 1 });
  await page.reload();
  await expect(heading(page)).toHaveText(journal.title);
  await expect(notice).toHaveCount(0);
});

// ---- The offers ----

test("home, quiz start and result offer « Essayer le métier », which leads to the list", async ({ page }) => {
  const follow = async (offer) => {
    await expect(offer).toHaveText(OFFER);
    await offer.click();
    await expect(page).toHaveURL(/#\/essayer$/);
    await expect(heading(page)).toHaveText("Essayer le métier");
    await expect(page.getByRole("region", { name: "Les activités" }).getByRole("link")).toHaveText(activities.map((a) => a.title));
  };
  await page.goto("./");
  await follow(page.getByRole("main").getByRole("link", { name: OFFER }));
  await page.goto("./#/quiz");
  await expect(page.getByRole("button", { name: /Commencer la version courte/ })).toBeVisible();
  await follow(page.getByRole("main").getByRole("link", { name: OFFER }));
  await shortQuiz(page, (item) => roleDirection(item, true));
  await expect(page.getByRole("heading", { level: 2, name: /affinité/ }).first()).toBeVisible();
  // Before any activity, the result offers it twice: as the next step of its first view, and in « Tu as essayé le métier ».
  const offers = page.getByRole("main").getByRole("link", { name: OFFER });
  await expect(offers.first()).toBeVisible();
  await openSection(page, "Les activités « Essayer le métier »");
  await follow(page.getByRole("region", { name: "Tu as essayé le métier" }).getByRole("link", { name: OFFER }));
  await page.goBack();
  await expect(page).toHaveURL(/#\/resultat$/);
  await follow(page.getByRole("main").getByRole("link", { name: OFFER }).first());
});
