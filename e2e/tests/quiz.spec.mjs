// The quiz journeys: both forms to the end, the extremes of the scale, the validity
// check, resuming after a reload, keyboard use, and bad stored answers.
import { test, expect } from "@playwright/test";
import { expectNoAxeViolations, openAllDetails, openSection } from "./helpers.mjs";
import { answerAll, bank, formItems, formName, roleDirection, always, legendOf, plain, towardInterests } from "./quiz-data.mjs";
import { backEnd } from "../role.mjs";

/** The summary of the result's section with the scores in detail. */
const SCORES = "Tes scores en détail, et pourquoi";

async function start(page, form) {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: `Commencer la ${formName(form).toLowerCase()}` }).click();
}

for (const form of ["court", "complet"]) {
  test(`the ${form} form, answered toward the role, gives the top band`, async ({ page }) => {
    await start(page, form);
    await answerAll(page, form, (item) => roleDirection(item, true));
    await expect(page).toHaveURL(/#\/resultat$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ton résultat");
    // Clear answers: a percentage, said to be fairly sure (in the scores' details).
    await expect(page.getByRole("heading", { level: 2, name: "Très forte affinité : 100 %" })).toBeVisible();
    await openSection(page, SCORES);
    await expect(page.getByText(/Ce pourcentage est assez sûr/)).toBeVisible();
    await expect(page.getByText(/ni un test de capacités ni un verdict/).first()).toBeVisible();
  });
}

test("each dimension's score gives its range and how sure it is", async ({ page }) => {
  await start(page, "court");
  await answerAll(page, "court", (item) => roleDirection(item, item.id.length % 2 === 0));
  await openSection(page, SCORES);
  await expect(page.locator("details.why summary").first()).toBeVisible();
  const summaries = await page.locator("details.why summary").allTextContents();
  expect(summaries.length).toBeGreaterThan(0);
  for (const summary of summaries) {
    expect(summary).toMatch(/ : (\d+ sur 100, entre \d+ et \d+ \((assez sûr|à confirmer|estimation fragile)\)|pas assez de réponses)$/);
  }
});

test("a situation's options keep their shuffled order after a reload", async ({ page }) => {
  await start(page, "court");
  const items = formItems("court");
  const at = items.findIndex((item) => item.kind === "situation");
  for (const item of items.slice(0, at)) {
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(roleDirection(item, true), { exact: true }).check();
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  const group = page.getByRole("group", { name: legendOf(items[at]) });
  await expect(group.locator("label")).toHaveCount(items[at].options.length);
  const order = await group.locator("label").allTextContents();
  expect([...order].sort()).toEqual(items[at].options.map((o) => o.text).sort());
  await page.reload();
  await expect(group).toBeVisible();
  expect(await group.locator("label").allTextContents()).toEqual(order);
});

test("« plutôt d'accord » on the role's interests gives a good match, not the top band", async ({ page }) => {
  await start(page, "court");
  await answerAll(page, "court", towardInterests(1));
  await expect(page.getByRole("heading", { level: 2, name: /^Bonne affinité/ })).toBeVisible();
  await expect(page.getByText(/Très forte affinité/)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("two interests answered « tout à fait », the rest neutral: a result between two bands, naming them", async ({ page }) => {
  const strongest = ["logique", "coulisses"];
  await start(page, "court");
  await answerAll(page, "court", towardInterests(2, strongest));
  // The range lies across the edge of two bands: the headline says both, never one band alone.
  const firstView = page.getByRole("region", { name: /^Affinité entre partielle et bonne/ });
  await expect(firstView.getByRole("heading", { level: 2 })).toBeVisible();
  // The first view names both as strengths, and says why in the scores' details.
  for (const id of strongest) {
    const name = bank.dimensions.find((d) => d.id === id).name;
    await expect(firstView.getByRole("listitem").filter({ hasText: name })).toBeVisible();
  }
  await expectNoAxeViolations(page);
  await openSection(page, SCORES);
  await expect(page.getByText(/Tes réponses te placent entre deux niveaux/)).toBeVisible();
});

test("answers away from the role give the lowest band", async ({ page }) => {
  await start(page, "court");
  await answerAll(page, "court", (item) => roleDirection(item, false));
  await expect(page.getByRole("heading", { level: 2, name: /Faible affinité/ })).toBeVisible();
  // The first view's things to try link to the fiche; every point to develop is one section below.
  await expect(page.getByRole("heading", { level: 3, name: "À essayer" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^voir la fiche : section/ }).first()).toHaveAttribute("href", /#\/fiche\//);
  await openSection(page, "Tous tes points forts et tes pistes");
  await expect(page.getByRole("heading", { name: "Ce que tu peux développer" })).toBeVisible();
});

test("each dimension says what moved it, the level the role expects and its O*NET reference", async ({ page }) => {
  // The full form reports the nine qualities, which carry the O*NET work styles.
  await start(page, "complet");
  await answerAll(page, "complet", (item) => roleDirection(item, true));
  const dimension = bank.dimensions.find((d) => d.target && d.onet_work_style && d.forms.includes("complet"));
  await openSection(page, SCORES);
  const summary = page.getByText(new RegExp(`^${dimension.name} : \\d+ sur 100`));
  await summary.click();
  const details = summary.locator("xpath=..");
  await expect(details.getByText("Ce qui l'a fait monter :")).toBeVisible();
  await expect(details.getByText(`Niveau attendu par le métier : ${dimension.target.level} sur 100.`)).toBeVisible();
  await expect(details.getByText(plain(dimension.onet_work_style))).toBeVisible();
});

test("the same answer everywhere explains instead of scoring", async ({ page }) => {
  await start(page, "court");
  await answerAll(page, "court", always(3));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ton résultat n'est pas encore fiable");
  await expect(page.getByText(/la même réponse à toutes les affirmations/)).toBeVisible();
  await expect(page.getByText(/affinité/i)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Revoir mes réponses" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Question 1 sur/);
});

test("a reload in the middle resumes on the same question with the same answers", async ({ page }) => {
  await start(page, "court");
  const items = formItems("court");
  const chosen = [];
  for (const item of items.slice(0, 7)) {
    const label = roleDirection(item, true);
    chosen.push(label);
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(label, { exact: true }).check();
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question 8 sur ${items.length}`);
  await expect(page.getByText(`7 réponse(s) sur ${items.length}`)).toBeVisible();
  await page.getByRole("button", { name: "Précédent" }).click();
  await expect(page.getByRole("group", { name: legendOf(items[6]) }).getByLabel(chosen[6], { exact: true })).toBeChecked();
  // Leaving and coming back offers to resume.
  await page.goto("./#/quiz");
  await expect(page.getByText(`7 réponse(s) sur ${items.length}`)).toBeVisible();
  await page.getByRole("link", { name: "Reprendre" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question 7 sur ${items.length}`);
});

test("a reload right after an answer keeps that answer", async ({ page }) => {
  await start(page, "court");
  const [first] = formItems("court");
  await page.getByRole("group", { name: legendOf(first) }).getByLabel(bank.scale[3], { exact: true }).check();
  await page.reload();
  await expect(page.getByRole("group", { name: legendOf(first) }).getByLabel(bank.scale[3], { exact: true })).toBeChecked();
});

test("restarting asks first, then forgets every answer", async ({ page }) => {
  await start(page, "court");
  const [first] = formItems("court");
  await page.getByRole("group", { name: legendOf(first) }).getByLabel(bank.scale[4], { exact: true }).check();
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: "Recommencer" }).click();
  await page.getByRole("button", { name: "Non, garder mes réponses" }).click();
  await expect(page.getByText(/1 réponse\(s\) sur/)).toBeVisible();
  await page.getByRole("button", { name: "Recommencer" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer et recommencer" }).click();
  await expect(page.getByRole("heading", { name: "Choisis ta version" })).toBeVisible();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), backEnd.keys.document);
  expect(stored.progress.answers).toEqual({});
});

test("the quiz works with the keyboard alone", async ({ page }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).focus();
  await page.keyboard.press("Enter");
  const items = formItems("court");
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  // Tab from the heading to the first answer, arrow to the second, Enter to go on.
  await page.keyboard.press("Tab");
  const group = page.getByRole("group", { name: legendOf(items[0]) });
  await expect(group.getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(group.getByRole("radio").nth(1)).toBeChecked();
  await expect(group.getByRole("radio").nth(1)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question 2 sur ${items.length}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
});

test("stored answers to unknown items or out of range are ignored with a notice", async ({ page }) => {
  const [first, second] = formItems("court");
  await page.addInitScript(
    ([a, b, version, key]) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem(
        key,
        JSON.stringify({
          schema: 1,
          bank_version: version,
          progress: {
            form: "court",
            answers: { [a]: { agreement: 4 }, [b]: { agreement: 42 }, "item-disparu": { agreement: 2 } },
            position: 1,
            finished: false,
          },
        }),
      );
    },
    [first.id, second.id, bank.version, backEnd.keys.document],
  );
  await page.goto("./#/quiz/questions");
  await expect(page.getByText(/2 réponse\(s\) enregistrée\(s\) ne correspondai/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Question 2 sur/);
  await expect(page.getByText(/^1 réponse\(s\) sur/)).toBeVisible();
});

test("axe finds no violation on the quiz screens", async ({ page }) => {
  await page.goto("./#/quiz");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await expectNoAxeViolations(page);
  const items = formItems("court");
  const situation = items.findIndex((item) => item.kind === "situation");
  for (const item of items.slice(0, situation)) {
    await page.getByRole("group", { name: legendOf(item) }).getByLabel(roleDirection(item, true), { exact: true }).check();
    await page.getByRole("button", { name: "Suivant" }).click();
  }
  await expect(page.getByRole("group", { name: legendOf(items[situation]) })).toBeVisible();
  await expectNoAxeViolations(page);
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no violation on the result screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await start(page, "court");
    await answerAll(page, "court", (item) => roleDirection(item, item.id.length % 2 === 0));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Ton résultat/);
    await openAllDetails(page);
    await expectNoAxeViolations(page);
  });
}

test.describe("dates follow the device's calendar", () => {
  // At 23:30 UTC on 31 December it is already 1 January in Paris: a date computed in
  // UTC, or with the offset's sign reversed, would show the wrong day.
  test.use({ timezoneId: "Europe/Paris" });

  test("the printed sheet is dated with the local day, as the browser writes it", async ({ page }) => {
    await page.clock.setFixedTime(new Date("2026-12-31T23:30:00Z"));
    await start(page, "court");
    await answerAll(page, "court", (item) => roleDirection(item, true));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ton résultat");
    const browserDate = await page.evaluate(() => new Date().toLocaleDateString("fr-FR"));
    expect(browserDate).toBe("01/01/2027");
    await expect(page.locator(".sheet-heading")).toHaveText(new RegExp(`– ${browserDate.replaceAll("/", "\\/")}$`));
  });
});
