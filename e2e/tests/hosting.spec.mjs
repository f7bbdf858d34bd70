// Static hosting: a Content Security Policy that the whole journey respects, no request
// to any other origin, the key facts without JavaScript, precompressed files.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { answerAll, roleDirection } from "./quiz-data.mjs";

const fiche = JSON.parse(
  readFileSync(new URL("../../data/roles/developpeur-back-end/fiche.json", import.meta.url), "utf8"),
);

test("the whole journey raises no CSP violation and asks nothing of any other origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  const requests = [];
  page.on("request", (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto("./");
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute("content", /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  await page.getByRole("link", { name: "Découvrir le métier" }).click();
  await page.getByRole("link", { name: "Le questionnaire" }).first().click();
  await page.getByRole("button", { name: /Commencer la version courte/ }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
  const code = await page.locator(".result-code code").textContent();
  // The workshop screens: settings, the group view with its bars, projector mode, CSV.
  await page.goto("./#/atelier");
  await page.getByLabel("Effacer automatiquement les réponses quand personne n'utilise l'appareil").check();
  await page.goto("./#/atelier/groupe");
  await page.getByLabel("Codes de résultat (un par ligne)").fill(`${code}\nfaux`);
  await page.getByRole("button", { name: "Analyser" }).click();
  await expect(page.locator("dd.participants")).toHaveText("1");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Exporter en CSV" }).click()]);
  await page.getByRole("button", { name: "Mode projecteur" }).click();
  await expect(page.locator("html")).toHaveClass(/projector/);
  await page.getByRole("button", { name: "Mode projecteur" }).click();
  await page.goto("./#/donnees");
  await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger mes données" }).click()]);
  await page.goto("./#/glossaire");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossaire");
  expect(await page.evaluate(() => window.violations)).toEqual([]);
  const foreign = requests.filter((url) => !url.startsWith(origin) && !url.startsWith("blob:"));
  expect(foreign).toEqual([]);
});

test("without JavaScript the key facts of the fiche are shown, from the same data", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto("./");
  // The home screen's first paint (first-paint.spec.mjs), then the fiche's key facts.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${fiche.title} : est-ce pour moi ?`);
  // (Playwright's text selectors skip <noscript>; CSS and role selectors do not.)
  const facts = page.locator(".no-script");
  await expect(facts.locator("p").first()).toContainText("ont besoin d'un navigateur récent");
  await expect(page.getByRole("heading", { level: 2, name: fiche.title, exact: true })).toBeVisible();
  await expect(facts.locator("p").nth(1)).toContainText(fiche.summary[0].slice(0, 40));
  for (const key of fiche.key_figures) {
    await expect(page.getByRole("term").filter({ hasText: key.label })).toBeVisible();
  }
  await expect(facts.locator("dd", { hasText: "M1805" })).toBeVisible();
  await context.close();
});

test("precompressed files are served to browsers that accept them", async ({ request }) => {
  const html = await request.get("./", { headers: { "Accept-Encoding": "br" } });
  expect(html.headers()["content-encoding"]).toBe("br");
  const wasm = (await (await request.get("./")).text()).match(/'\.\/([^']+_bg\.wasm)'/)[1];
  const response = await request.get(`./${wasm}`, { headers: { "Accept-Encoding": "gzip" } });
  expect(response.headers()["content-encoding"]).toBe("gzip");
  expect(response.headers()["content-type"]).toBe("application/wasm");
});
