// What axe-core does not see (RGAA 4.1 criteria checked by hand once, then guarded
// here): English passages marked, the role's level marker readable on the bars, no
// sideways scroll on a phone at 200 % zoom, a fiche whose table of contents is one Tab
// from its title, one announcement per question, and a kiosk warning that says the real
// time left.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { openAllDetails, openSection, outOfView, setTextSize, shortResult, startKioskQuiz, WORKSHOP_SCREENS } from "./helpers.mjs";
import { answerAll, formItems, roleDirection, towardInterests } from "./quiz-data.mjs";
import { backEnd } from "../role.mjs";
import { openScanner } from "./scanner.mjs";

const screens = {
  accueil: (page) => page.goto("./#/"),
  fiche: (page) => page.goto("./#/fiche"),
  questionnaire: (page) => page.goto("./#/quiz"),
  "questionnaire en cours": async (page) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
    await page.goto("./#/quiz");
  },
  question: async (page) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  },
  résultat: shortResult,
  "mes données": (page) => page.goto("./#/donnees"),
  "mes données, un code relu": async (page) => {
    await shortResult(page);
    const code = await page.locator(".result-code code").textContent();
    await page.goto("./#/donnees");
    await page.getByLabel("Code de résultat").fill(code);
    await page.getByRole("button", { name: "Lire le code" }).click();
    await expect(page.getByRole("group", { name: /Ce code contient la version courte/ })).toBeVisible();
  },
  "essayer le métier": (page) => page.goto("./#/essayer"),
  "page introuvable": (page) => page.goto("./#/nulle-part"),
  glossaire: (page) => page.goto("./#/glossaire"),
  accessibilité: (page) => page.goto("./#/accessibilite"),
  "mode atelier": (page) => page.goto("./#/atelier"),
  ...WORKSHOP_SCREENS,
  // Last: its stand-in QR code reader stays installed in the page.
  "vue de groupe, scanner ouvert": (page) => openScanner(page, { paintedCamera: true }),
};

// A 412 px phone at 200 % zoom is 206 px wide; a 360 px phone with its text at 200 %
// keeps its width and doubles the root font size.
for (const { name, width, text } of [
  { name: "206 px", width: 206, text: null },
  { name: "360 px with the text at 200 %", width: 360, text: "200%" },
]) {
  test(`no screen scrolls sideways at ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 640 });
    const faults = {};
    for (const [screen, open] of Object.entries(screens)) {
      await page.goto("./#/");
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await open(page);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await setTextSize(page, text);
      await openAllDetails(page);
      const { scroll, found } = await outOfView(page);
      if (scroll > 0 || found.length > 0) faults[screen] = { scroll, found: found.slice(0, 8) };
    }
    expect(faults).toEqual({});
  });
}

// The kiosk's warning at 400 % zoom (a 1280 × 1024 screen shows 320 × 256 CSS px), and
// on a 360 px phone with its text at 200 %: inside the screen, with the focus.
for (const { name, width, height, text } of [
  { name: "320 × 256", width: 320, height: 256, text: null },
  { name: "360 px with the text at 200 %", width: 360, height: 640, text: "200%" },
]) {
  test(`the kiosk warning is within reach at ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await startKioskQuiz(page);
    await setTextSize(page, text);
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
    await page.keyboard.press("Shift");
    await page.clock.runFor(31_000);
    const warning = page.getByRole("alertdialog", { name: "Quelqu'un est encore là ?" });
    await expect(warning).toBeVisible();
    await expect(warning).toHaveAccessibleDescription(/^Sans activité, les réponses seront effacées d'ici \d+ secondes/);
    await expect(warning.getByRole("button", { name: "Je suis là, continuer" })).toBeFocused();
    // The whole box is on screen; what does not fit scrolls inside it.
    const inside = async (locator) => {
      const box = await locator.boundingBox();
      return box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= width + 0.5 && box.y + box.height <= height + 0.5;
    };
    expect(await inside(warning), JSON.stringify(await warning.boundingBox())).toBe(true);
    const question = warning.getByText("Quelqu'un est encore là ?");
    await question.scrollIntoViewIfNeeded();
    expect(await inside(question), JSON.stringify(await question.boundingBox())).toBe(true);
    const { scroll, found } = await outOfView(page);
    expect({ scroll, found }).toEqual({ scroll: 0, found: [] });
    // Any key: the warning goes, and the focus comes back to where it was, the question's title.
    await page.keyboard.press("Shift");
    await page.clock.runFor(1_000);
    await expect(warning).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  });
}

/** The contrast ratio of two computed colours ("rgb(r, g, b)"), as WCAG defines it. */
function contrast(a, b) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("the role's level marker contrasts with both bars in both themes", async ({ page }) => {
  await shortResult(page);
  await openSection(page, "Tes scores en détail, et pourquoi");
  const markers = page.locator(".bar-row:has(.bar-marker)");
  await expect(markers.first()).toBeVisible();
  // The level is also written out, under each bar that has one.
  const count = await markers.count();
  await expect(page.locator(".bar-row .bar-level")).toHaveCount(count);
  await expect(page.locator(".bar-row .bar-level").first()).toHaveText(/^niveau attendu : \d+$/);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const colours = await markers.first().evaluate((row) => {
      const style = (selector, property) => getComputedStyle(row.querySelector(selector))[property];
      let el = row;
      while (el && getComputedStyle(el).backgroundColor.match(/rgba\(.*, 0\)|transparent/)) el = el.parentElement;
      return {
        line: style(".bar-marker", "stroke"),
        halo: style(".bar-marker-halo", "stroke"),
        filled: style(".bar-value", "fill"),
        empty: style(".bar-track", "fill"),
        page: getComputedStyle(el ?? document.body).backgroundColor,
      };
    });
    for (const neighbour of ["filled", "empty", "page"]) {
      const best = Math.max(contrast(colours.line, colours[neighbour]), contrast(colours.halo, colours[neighbour]));
      expect(best, `${scheme}: marker against the ${neighbour} part (${JSON.stringify(colours)})`).toBeGreaterThanOrEqual(3);
    }
  }
});

test("English passages carry lang=en", async ({ page }) => {
  const english = (text) => page.locator(`[lang="en"]`, { hasText: text });
  await page.goto("./#/fiche/reperes-onet");
  for (const text of ["Software Developers", "Analytical Thinking", "Attention to Detail", "Dependability"]) {
    await expect(english(text).first()).toBeAttached();
  }
  await page.goto("./#/fiche/sources");
  await expect(english("U.S. Department of Labor / National Center for O*NET Development").first()).toBeVisible();
  await page.goto("./#/fiche/missions");
  await expect(page.locator("#section-missions")).toBeFocused();
  // A loanword in common French use stays in the page's language.
  await expect(page.locator('[lang="en"]', { hasText: /^back-end$/ })).toHaveCount(0);

  // The O*NET work styles are shown beside the nine qualities of the full form.
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version complète/ }).click();
  // A real lean toward data (and logic), the rest neutral, suggests « Data analyst ».
  await answerAll(page, "complet", towardInterests(2, ["donnees", "logique"]));
  // They sit in the sections below the first view, with the nearby roles.
  await openAllDetails(page);
  await expect(english("Data analyst")).toBeVisible();
  await expect(english("Attention to Detail")).toBeVisible();
  await expect(english("Dependability").first()).toBeVisible();
  // No markup is left for the eye.
  expect(await page.locator("main").textContent()).not.toContain("{en:");
});

test("a source quoted word for word is a quotation, with its guillemets", async ({ page }) => {
  const { fiche } = backEnd;
  const quoted = [...JSON.stringify(fiche.sections.find((s) => s.id === "faq")).matchAll(/\{q:([^{}]+)\}/g)].map((m) => m[1]);
  expect(quoted.length).toBeGreaterThan(0);
  await page.goto("./#/fiche/faq");
  const section = page.locator("section", { has: page.locator("#section-faq") }).last();
  // toHaveText waits for the section to be drawn; allTextContents would read it at once.
  await expect(section.locator("q")).toHaveText(quoted);
  // The style draws French guillemets, with a no-break space inside.
  const quotes = await section.locator("q").first().evaluate((q) => getComputedStyle(q).quotes);
  expect(quotes).toBe('"«\u00a0" "\u00a0»"');
  expect(await section.textContent()).not.toContain("{q:");
});

/** How many Tab presses take the focus from the page's h1 to `target`. */
async function tabsFrom(page, target) {
  await page.getByRole("heading", { level: 1 }).focus();
  for (let presses = 1; presses <= 400; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  throw new Error("the target was never reached");
}

test("the fiche's table of contents comes right after the h1", async ({ page }) => {
  await page.goto("./#/fiche");
  const toc = page.getByRole("navigation", { name: "Sommaire" });
  const tabs = await tabsFrom(page, toc.getByRole("link").first());
  const links = await page.locator("main a").count();
  const sourceLinks = await page.locator('main a[href$="#/fiche/sources"]').count();
  const sections = await page.locator("main section.fiche-section").count();
  console.log(`fiche: ${tabs} Tab from the h1 to the table of contents, ${links} links, ${sourceLinks} to the sources`);
  expect(tabs).toBe(1);
  // One link to the sources per section at most, and one in the table of contents.
  expect(sourceLinks).toBeLessThanOrEqual(sections + 1);
  // Each figure still names its source, as text.
  for (const row of await page.locator("table.figures tbody tr").all()) {
    await expect(row.locator("td").last()).not.toBeEmpty();
  }
});

test("the kiosk warning says the time left", async ({ page }) => {
  await startKioskQuiz(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press("Shift");
  await page.clock.runFor(31_000);
  const warning = page.getByRole("alertdialog", { name: "Quelqu'un est encore là ?" });
  await expect(warning).toBeVisible();
  // The warning is drawn once: a screen reader hears it when it appears and when its
  // sentence changes, not every second.
  await warning.evaluate((el) => (el.dataset.seen = "oui"));
  const countdown = warning.locator(".kiosk-countdown");
  for (let step = 0; step < 26; step++) {
    const left = parseInt(await countdown.textContent(), 10);
    const said = Number((await warning.getByText(/d'ici \d+ secondes/).textContent()).match(/d'ici (\d+) secondes/)[1]);
    expect(said, `${left} s left`).toBeGreaterThanOrEqual(left);
    expect(said - left, `${left} s left`).toBeLessThan(10);
    await page.clock.runFor(1_000);
    await expect(countdown).not.toHaveText(`${left} s`);
  }
  await expect(warning).toHaveAttribute("data-seen", "oui");
  await expect(warning).toContainText("d'ici 10 secondes");
});

test("each new question is announced once", async ({ page }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  for (const n of [1, 2, 3]) {
    const title = `Question ${n} sur ${formItems("court").length}`;
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(title);
    // The focus goes to the heading: that is the announcement.
    await expect(heading).toBeFocused();
    // Nothing else in the accessibility tree says it, and no live region repeats it.
    const tree = await page.locator("body").ariaSnapshot();
    expect(tree.split(title).length - 1, tree).toBe(1);
    const live = await page.locator("[aria-live], [role=status], [role=alert], output").allTextContents();
    expect(live.join(" ")).not.toContain(title);
    await page.getByRole("group").getByRole("radio").first().check();
    await page.getByRole("button", { name: "Suivant" }).click();
  }
});

test("the accessibility statement shows every RGAA criterion and the rate they give", async ({ page }) => {
  const audit = JSON.parse(readFileSync(new URL("../../data/accessibilite.json", import.meta.url), "utf8"));
  const count = (status) => audit.criteria.filter((c) => c.status === status).length;
  const [met, failed, unverified] = [count("conforme"), count("non_conforme"), count("non_verifie")];
  // A criterion not verified applies, and is not met (RGAA: met over applicable).
  const applicable = met + failed + unverified;
  const rate = `${((100 * met) / applicable).toFixed(1).replace(".", ",")} %`;
  await page.goto("./#/accessibilite");
  const state = page.getByRole("region", { name: "État de conformité" });
  await expect(state.locator(".conformance-rate")).toContainText(rate);
  // The declared state follows the rate: total at 100 %, partial from 50 %. Nothing was
  // heard with a screen reader yet, so 7.1 and 7.5 are not verified, and it is partial.
  expect(audit.criteria.filter((c) => c.status === "non_verifie").map((c) => c.id)).toEqual(["7.1", "7.5"]);
  const declared = met === applicable ? "L'app est totalement conforme" : 2 * met >= applicable ? "L'app est partiellement conforme" : "L'app n'est pas conforme";
  expect(declared).toBe("L'app est partiellement conforme");
  await expect(state.locator(".conformity")).toHaveText(new RegExp(`^${declared} : `));
  await expect(state.locator(".conformance-rate")).toContainText(`${met} conformes, ${failed} non conformes, ${unverified} non vérifiés`);
  for (const criterion of audit.criteria.filter((c) => c.status === "non_verifie")) {
    await expect(state.getByText(`Critère ${criterion.id}`, { exact: true })).toBeVisible();
  }
  // The Défenseur des droits, with its three ways in.
  const statement = page.getByRole("region", { name: "Déclaration d'accessibilité" });
  await expect(statement).toContainText("formulaire en ligne");
  await expect(statement).toContainText("délégué ou une déléguée");
  await expect(statement).toContainText("Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07");
  await expect(statement.getByRole("link", { name: "Demander de l'aide au Défenseur des droits" })).toHaveAttribute(
    "href",
    "https://www.defenseurdesdroits.fr/fr/saisir-le-defenseur-des-droits",
  );
  await expect(state.locator("table.criteria-table tbody tr")).toHaveCount(106);
  await expect(state.locator("details.criteria")).toHaveCount(13);
  // Every failure is listed with what fails.
  for (const criterion of audit.criteria.filter((c) => c.status === "non_conforme")) {
    await expect(state.getByText(`Critère ${criterion.id}`, { exact: true })).toBeVisible();
  }
  for (const details of await state.locator("details").all()) await details.locator("summary").click();
  await expect(state.getByRole("row", { name: /^8\.7 / })).toBeVisible();
});

test("charts are figures named by their caption, and fields' borders contrast", async ({ page }) => {
  await shortResult(page);
  for (const figure of await page.locator("figure.chart").all()) {
    await expect(figure).toHaveAttribute("role", "figure");
    await expect(figure).toHaveAttribute("aria-label", (await figure.locator("figcaption").textContent()).trim());
  }
  await page.goto("./#/atelier/groupe");
  const field = page.getByLabel("Codes de résultat (un par ligne)");
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const [border, background] = await field.evaluate((el) => {
      const style = getComputedStyle(el);
      return [style.borderTopColor, style.backgroundColor];
    });
    expect(contrast(border, background), `${scheme}: ${border} on ${background}`).toBeGreaterThanOrEqual(3);
  }
});

test("a disabled button looks disabled and stays readable, in both themes", async ({ page }) => {
  const { activities } = backEnd;
  await page.goto(`./#/essayer/${activities.find((a) => "order_steps" in a.exercise).id}`);
  const disabled = page.getByRole("button", { name: /^Monter : / }).first();
  const enabled = page.getByRole("button", { name: /^Descendre : / }).first();
  await expect(disabled).toBeDisabled();
  await expect(enabled).toBeEnabled();
  const look = (button) =>
    button.evaluate((el) => {
      const style = getComputedStyle(el);
      let back = el;
      while (back && getComputedStyle(back).backgroundColor.match(/rgba\(.*, 0\)|transparent/)) back = back.parentElement;
      return {
        border: style.borderTopStyle,
        cursor: style.cursor,
        colour: style.color,
        background: getComputedStyle(back ?? document.body).backgroundColor,
      };
    });
  for (const scheme of ["light", "dark"]) {
    await page.emulateMedia({ colorScheme: scheme });
    const [off, on] = [await look(disabled), await look(enabled)];
    expect(off.border, scheme).toBe("dashed");
    expect(on.border, scheme).toBe("solid");
    expect(off.cursor, scheme).toBe("not-allowed");
    expect(off.colour, scheme).not.toBe(on.colour);
    expect(contrast(off.colour, off.background), `${scheme}: ${JSON.stringify(off)}`).toBeGreaterThanOrEqual(4.5);
  }
  // The same for « Exporter en CSV » before any code is read.
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("./#/atelier/groupe");
  const csv = page.getByRole("button", { name: "Exporter en CSV" });
  await expect(csv).toBeDisabled();
  expect((await look(csv)).border).toBe("dashed");
});

test("form fields follow the app's text size", async ({ page }) => {
  await page.goto("./#/accessibilite");
  await page.getByLabel("Grande").check();
  await page.goto("./#/donnees");
  const sizes = await page.getByLabel("Code de résultat").evaluate((input) => ({
    field: getComputedStyle(input).fontSize,
    text: getComputedStyle(document.querySelector("main p")).fontSize,
  }));
  expect(sizes.field).toBe(sizes.text);
  expect(parseFloat(sizes.field)).toBeGreaterThan(20);
});

test("each « voir la fiche » link of the result names its section", async ({ page }) => {
  const { fiche } = backEnd;
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", (item) => roleDirection(item, false));
  // Those of the first view's things to try, and of every point to develop, in its section.
  await openAllDetails(page);
  const links = page.getByRole("main").getByRole("link", { name: /^voir la fiche/ });
  expect(await links.count()).toBeGreaterThan(2);
  for (const link of await links.all()) {
    const id = (await link.getAttribute("href")).split("/").pop();
    const title = fiche.sections.find((s) => s.id === id).title;
    // The name starts with the visible words, then says where the link leads.
    await expect(link).toHaveAccessibleName(`voir la fiche : section « ${title} »`);
    expect(await link.evaluate((a) => [...a.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(""))).toBe("voir la fiche");
  }
});

test("every form field is named by a label for it", async ({ page }) => {
  const unlabelled = async () =>
    page.evaluate(() =>
      [...document.querySelectorAll("main input, main select, main textarea")]
        .filter((el) => !el.id || !document.querySelector(`label[for="${CSS.escape(el.id)}"]`))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
  const activities = backEnd.activities.map(({ id }) => (page) => page.goto(`./#/essayer/${id}`));
  const opened = ["question", "accessibilité", "mode atelier", "mes données", "mes données, un code relu", "vue de groupe", "saisie papier, un code"];
  for (const open of [...opened.map((name) => screens[name]), ...activities]) {
    await page.goto("./#/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await unlabelled()).toEqual([]);
  }
});

test("after erasing to start again, the keyboard goes on from the top of the screen", async ({ page }) => {
  await screens["questionnaire en cours"](page);
  await page.getByRole("button", { name: "Recommencer" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer et recommencer" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Commencer la version courte/ })).toBeFocused();
});
