// Static hosting: a Content Security Policy that the whole journey respects, no request
// to any other origin, the key facts without JavaScript, precompressed files, the
// headers a host should send, no framing, no referrer.
import { test, expect } from "@playwright/test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answerAll, roleDirection } from "./quiz-data.mjs";
import { serve } from "../serve.mjs";
import { backEnd } from "../role.mjs";

const { fiche } = backEnd;

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
  await expect(facts.locator("dd", { hasText: "M1855" })).toContainText("(ROME 4.0 (France Travail), 2026)");
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

test("the test server sends what the README asks of a host", async ({ request }) => {
  for (const path of ["./", "./sw.js"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["cache-control"], path).toBe("no-cache");
    expect(headers["content-security-policy"], path).toBe("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("no-referrer");
  }
});

// A host that sends no header at all (GitHub Pages sends no frame-ancestors): the page
// itself refuses to run inside another page's frame, where a visitor could be made to
// click unseen (« Effacer mes données »).
test("inside another page's frame, the app does not start and offers its own tab", async ({ page }) => {
  const app = await serve(fileURLToPath(new URL("../../dist/", import.meta.url)), "/", 0, { careless: "max-age" });
  const framing = mkdtempSync(join(tmpdir(), "metier-cadre-"));
  writeFileSync(join(framing, "index.html"), `<!doctype html><title>Cadre</title><iframe src="${app.url}" width="600" height="400"></iframe>`);
  const host = await serve(framing);
  const wasm = [];
  page.on("request", (request) => request.url().endsWith(".wasm") && wasm.push(request.url()));
  try {
    await page.goto(host.url);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByText("cette app ne s'ouvre pas à l'intérieur d'une autre page")).toBeVisible();
    await expect(frame.getByRole("link", { name: "Ouvrir l'app dans son propre onglet" })).toHaveAttribute("target", "_blank");
    await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);
    await expect(frame.getByRole("button")).toHaveCount(0);
    // Unframed, the loader starts at the latest 3 s after the page (index.html's script).
    await page.waitForTimeout(3500);
    expect(wasm).toEqual([]);
    await expect(frame.getByRole("heading", { level: 1 })).toHaveCount(0);
  } finally {
    app.close();
    host.close();
    rmSync(framing, { recursive: true, force: true });
  }
});

test("no page learns where a visitor came from: no referrer, and external links say so", async ({ page }) => {
  await page.goto("./");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  for (const route of ["./#/fiche/sources", "./#/accessibilite"]) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const external = page.locator('a[href^="http"]');
    expect(await external.count(), route).toBeGreaterThan(3);
    const rels = await external.evaluateAll((links) => links.map((link) => `${link.href} ${link.rel}`));
    expect(rels.filter((rel) => !/ (.* )?noreferrer/.test(rel)), route).toEqual([]);
  }
});
