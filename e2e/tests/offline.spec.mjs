// Offline and installable: after one visit, the app loads and the whole short quiz and
// an activity of « Essayer le métier » run with no network; a new deployment is offered with "Nouvelle version disponible" and
// taken only on request; two apps on one origin, two roles among them, keep their own
// offline copy; the manifest's icons load at the sizes they state.
import { test, expect } from "@playwright/test";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { answerAll, roleDirection } from "./quiz-data.mjs";
import { expectNoAxeViolations, SUB_PATH } from "./helpers.mjs";
import { serve } from "../serve.mjs";
import { redeploy, versionMarker } from "../redeploy.mjs";
import { walk } from "../../scripts/site.mjs";
import { backEnd, essai } from "../role.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const distEssai = fileURLToPath(new URL("../../dist-essai/", import.meta.url));

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

/** A copy of dist/ in a new temporary folder, removed by the returned function. */
function copyOfDist() {
  const site = mkdtempSync(join(tmpdir(), "metier-deploiement-"));
  cpSync(dist, site, { recursive: true });
  return site;
}

/** Visits `url` and waits until the service worker controls the page. */
async function visitUntilControlled(page, url) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

/** Whether the app itself runs at `url`, not only the static first paint of its home:
 * loaded afresh at its glossary, it draws that screen. */
async function expectAppRuns(page, url) {
  await page.goto(`${url}#/glossaire`);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Glossaire");
}

// While the page reloads, evaluating fails ("execution context was destroyed"): poll again.
const marker = (page) => versionMarker(page).catch(() => "rechargement en cours");

test("a new deployment is offered, and taken only when the visitor reloads", async ({ page }) => {
  const site = copyOfDist();
  const server = await serve(site);
  const notice = page.getByRole("status").filter({ hasText: "Nouvelle version disponible" });
  try {
    await visitUntilControlled(page, server.url);
    await expect(notice).toHaveCount(0);
    const [oldCache] = await page.evaluate(() => caches.keys());

    redeploy(site, "nouvelle");
    // Opening the app again: the old version answers, finds the new one, and says so.
    await page.reload();
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("button", { name: "Recharger" })).toBeVisible();
    // Until then, the page and its worker stay on the old version.
    expect(await marker(page)).toBe("");
    expect(await page.evaluate(() => caches.keys())).toContain(oldCache);
    await expectNoAxeViolations(page);

    await notice.getByRole("button", { name: "Recharger" }).click();
    await expect.poll(() => marker(page)).toBe('"nouvelle"');
    await page.waitForLoadState();
    // One cache is left, this app's new one.
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toHaveLength(1);
    expect(caches[0]).not.toBe(oldCache);
    expect(caches[0]).toMatch(new RegExp(`^${backEnd.keys.document} http://127\\.0\\.0\\.1:\\d+/ [0-9a-f]{16}$`));
    await expect(notice).toHaveCount(0);
    await expectAppRuns(page, server.url);
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

// A host that was never configured lets browsers keep every file, even index.html: ten
// minutes with `max-age=600` (GitHub Pages), or a tenth of the file's age with only a
// `Last-Modified` date (nginx's default; the files here were built a year ago). The new
// version must still be installed whole, from the server: a worker that took the old
// index.html from the HTTP cache pointed at JavaScript that the new deployment removed,
// and once the HTTP cache let it go, the app no longer started.
for (const careless of ["max-age", "last-modified"]) {
  test(`an update through a host that lets browsers keep index.html starts, online and offline (${careless})`, async ({ page, context }) => {
    const site = copyOfDist();
    const yearAgo = new Date(Date.now() - 365 * 24 * 3600 * 1000);
    for (const file of walk(site)) utimesSync(file, yearAgo, yearAgo);
    const server = await serve(site, "/", 0, { careless });
    const notice = page.getByRole("status").filter({ hasText: "Nouvelle version disponible" });
    try {
      await visitUntilControlled(page, server.url);
      redeploy(site, "suivante");
      await page.reload();
      await notice.getByRole("button", { name: "Recharger" }).click();
      await expect.poll(() => marker(page)).toBe('"suivante"');
      await page.waitForLoadState();
      // Everything the HTTP cache kept goes; the worker's cache must hold the whole version.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.clearBrowserCache");
      await expectAppRuns(page, server.url);
      expect(await marker(page)).toBe('"suivante"');
      await context.setOffline(true);
      await expectAppRuns(page, server.url);
      expect(await marker(page)).toBe('"suivante"');
    } finally {
      await context.setOffline(false);
      server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
}

test("a version whose files changed after the build is not installed, and the running one stays", async ({ page }) => {
  const site = copyOfDist();
  const server = await serve(site);
  try {
    await visitUntilControlled(page, server.url);
    const before = await page.evaluate(() => caches.keys());
    redeploy(site, "abimee");
    // A file altered on the way (here, on the server) no longer matches the worker's list.
    const css = join(site, readdirSync(site).find((name) => name.endsWith(".css")));
    writeFileSync(css, `${readFileSync(css, "utf8")}\n/* modifié après la construction */\n`);
    for (const ext of [".br", ".gz"]) rmSync(css + ext, { force: true });
    await page.reload();
    // Look for the new version and follow its install to its end.
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      let worker = registration.installing;
      if (!worker) {
        const found = new Promise((resolve) => registration.addEventListener("updatefound", () => resolve(registration.installing), { once: true }));
        await registration.update().catch(() => {});
        worker = await found;
      }
      await new Promise((resolve) => {
        const settled = () => ["installed", "redundant"].includes(worker.state) && resolve();
        worker.addEventListener("statechange", settled);
        settled();
      });
      return worker.state;
    });
    // The install fails: no version waits, no notice, and the caches are as they were.
    expect(state).toBe("redundant");
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r.waiting)))).toBe(false);
    await expect(page.getByRole("status").filter({ hasText: "Nouvelle version disponible" })).toHaveCount(0);
    // The reload may have started a second install of the same version; each one that
    // fails deletes its cache, so wait for the last to settle rather than read at once.
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual(before);
    expect(await marker(page)).toBe("");
  } finally {
    server.close();
    rmSync(site, { recursive: true, force: true });
  }
});

// Two apps on one origin: the same role under two paths, and two roles (the back-end's
// build and the test-only role's, built with METIER_ROLE=essai). Each keeps its own
// cache, named after its role's storage key and its scope, and runs offline from it.
for (const [label, second, secondRole] of [["one role under two paths", dist, backEnd], ["two roles", distEssai, essai]]) {
  test(`two apps served from one origin keep their own offline copy (${label})`, async ({ page, context }) => {
    test.skip(!existsSync(join(second, "index.html")), `${second} is not built: run scripts/test`);
    const site = mkdtempSync(join(tmpdir(), "metier-deux-apps-"));
    cpSync(dist, join(site, "a"), { recursive: true });
    cpSync(second, join(site, "b"), { recursive: true });
    redeploy(join(site, "b"), "autre");
    const server = await serve(site);
    try {
      await visitUntilControlled(page, `${server.url}a/`);
      await visitUntilControlled(page, `${server.url}b/`);
      const caches = await page.evaluate(() => caches.keys());
      expect(caches).toHaveLength(2);
      // "<storage key> <scope> <version>"
      const named = (role, path) => (key) => {
        const prefix = `${role.keys.document} ${server.url}${path}/ `;
        return key.startsWith(prefix) && /^[0-9a-f]{16}$/.test(key.slice(prefix.length));
      };
      expect(caches.some(named(backEnd, "a")), caches.join(" | ")).toBe(true);
      expect(caches.some(named(secondRole, "b")), caches.join(" | ")).toBe(true);
      await context.setOffline(true);
      await expectAppRuns(page, `${server.url}a/`);
      expect(await marker(page)).toBe("");
      await expect(page.getByRole("link", { name: backEnd.fiche.app.name })).toBeVisible();
      await expectAppRuns(page, `${server.url}b/`);
      expect(await marker(page)).toBe('"autre"');
      await expect(page.getByRole("link", { name: secondRole.fiche.app.name })).toBeVisible();
    } finally {
      await context.setOffline(false);
      server.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
}

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
