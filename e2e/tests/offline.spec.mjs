// Offline and installable: after one visit, the app loads and the whole short quiz and
// an activity of « Essayer le métier » run with no network; a new deployment is offered with "Nouvelle version disponible" and
// taken only on request; the manifest's icons load at the sizes they state.
import { test, expect } from "@playwright/test";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answerAll, roleDirection } from "./quiz-data.mjs";
import { expectNoAxeViolations, SUB_PATH } from "./helpers.mjs";
import { serve } from "../serve.mjs";

for (const [label, base] of [["root", "./"], ["sub-path", SUB_PATH]]) {
  test(`after one visit the short quiz runs offline (${label})`, async ({ page, context }) => {
    await page.goto(base);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Wait until the service worker controls a page, then load once more under it.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    await context.setOffline(true);
    await page.goto(`${base}#/quiz`);
    await page.reload();
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
    await answerAll(page, "court", (item) => roleDirection(item, true));
    await expect(page.getByRole("heading", { level: 2, name: /Très forte affinité/ })).toBeVisible();
    await page.goto(`${base}#/fiche/salaires`);
    await page.reload();
    await expect(page.locator("#section-salaires")).toBeVisible();
    // « Essayer le métier » too: an activity opens, and its work is checked and kept.
    await page.goto(`${base}#/essayer/filtrer-tableau`);
    await page.reload();
    await page.getByLabel("Ville").selectOption({ label: "Lyon" });
    await page.getByRole("button", { name: "Vérifier" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Pas tout à fait : voici ce qu'il fallait voir" })).toBeVisible();
    await context.setOffline(false);
  });
}

/** A new deployment over a copy of dist/: sw.js gets a new version, and the stylesheet a
 * rule that the page can see. Their precompressed copies go (the server would send them). */
function redeploy(site) {
  const sw = join(site, "sw.js");
  writeFileSync(sw, readFileSync(sw, "utf8").replace(/const CACHE = "metier-back-end-[^"]+"/, 'const CACHE = "metier-back-end-nouvelle"'));
  const css = join(site, readdirSync(site).find((name) => name.endsWith(".css")));
  writeFileSync(css, `${readFileSync(css, "utf8")}\n:root { --version-e2e: "nouvelle"; }\n`);
  for (const file of [sw, css]) for (const ext of [".br", ".gz"]) rmSync(file + ext, { force: true });
}

test("a new deployment is offered, and taken only when the visitor reloads", async ({ page }) => {
  const site = mkdtempSync(join(tmpdir(), "metier-deploiement-"));
  cpSync(fileURLToPath(new URL("../../dist/", import.meta.url)), site, { recursive: true });
  const server = await serve(site);
  // While the page reloads, evaluating fails ("execution context was destroyed"): poll again.
  const marker = () =>
    page
      .evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--version-e2e").trim())
      .catch(() => "rechargement en cours");
  const notice = page.getByRole("status").filter({ hasText: "Nouvelle version disponible" });
  try {
    await page.goto(server.url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await expect(notice).toHaveCount(0);
    const [oldCache] = await page.evaluate(() => caches.keys());

    redeploy(site);
    // Opening the app again: the old version answers, finds the new one, and says so.
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("button", { name: "Recharger" })).toBeVisible();
    // Until then, the page and its worker stay on the old version.
    expect(await marker()).toBe("");
    expect(await page.evaluate(() => caches.keys())).toContain(oldCache);
    await expectNoAxeViolations(page);

    await notice.getByRole("button", { name: "Recharger" }).click();
    await expect.poll(marker).toBe('"nouvelle"');
    await page.waitForLoadState();
    expect(await page.evaluate(() => caches.keys())).toEqual(["metier-back-end-nouvelle"]);
    await expect(notice).toHaveCount(0);
    // The new version works.
    await page.goto(`${server.url}#/quiz`);
    await page.getByRole("button", { name: /Commencer la version courte/ }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Question 1 sur/);
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

test("every icon of the manifest loads at the size it states, and the worker keeps it", async ({ page, baseURL }) => {
  await page.goto("./");
  const manifestUrl = new URL(await page.locator('link[rel="manifest"]').getAttribute("href"), baseURL);
  const manifest = await (await page.request.get(manifestUrl.href)).json();
  expect(manifest.icons.filter((icon) => icon.purpose === "maskable")).not.toHaveLength(0);
  const apple = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  const icons = [
    ...manifest.icons.map((icon) => ({ url: new URL(icon.src, manifestUrl).href, sizes: icon.sizes })),
    { url: new URL(apple, baseURL).href, sizes: "180x180" },
  ];
  const worker = await (await page.request.get(new URL("sw.js", baseURL).href)).text();
  for (const { url, sizes } of icons) {
    const size = await page.evaluate(async (src) => {
      const image = new Image();
      image.src = src;
      await image.decode();
      return `${image.naturalWidth}x${image.naturalHeight}`;
    }, url);
    if (sizes !== "any") expect(size, url).toBe(sizes);
    expect(worker, url).toContain(JSON.stringify(url.slice(baseURL.length)));
  }
});
