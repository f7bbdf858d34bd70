// The group view's scanner: with a QR code reader (a stand-in, e2e/tests/scanner.mjs)
// and Chromium's fake camera, each code read is added and said in a live region, a code
// held in view is said once, a bad one is refused with its reason, and « Arrêter le
// scanner », leaving the screen or a refused camera stop the camera. Without a reader
// (Chromium on Linux), no button: a sentence says to use a phone's camera app. The open
// scanner is one of the screens that rgaa.spec (206 px) and accessibility.spec (axe) check.
import { readFileSync } from "node:fs";
import { test, expect } from "@playwright/test";
import config from "../playwright.config.mjs";
import { installScanner, liveTracks, openScanner, showCode } from "./scanner.mjs";
import { backEnd } from "../role.mjs";

const GROUP_KEY = backEnd.keys.group;

const expected = JSON.parse(
  readFileSync(new URL("../../src/model/testdata/atelier/expected.json", import.meta.url), "utf8"),
);
const [first, second] = expected.codes;

const chromium = config.projects[0].use.launchOptions;
test.use({
  launchOptions: {
    ...chromium,
    args: [...chromium.args, "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"],
  },
});

const said = (page) => page.locator(".scanner-said");
const ELSEWHERE = "Ce navigateur ne lit pas les QR codes. Scannez chaque code avec l'appli Appareil photo d'un téléphone";

test("each code read is added once and said; « Arrêter le scanner » stops the camera", async ({ page }) => {
  await openScanner(page);
  expect(await page.evaluate(() => [window.__scan.formats, window.__scan.constraints])).toEqual([
    ["qr_code"],
    { video: { facingMode: "environment" }, audio: false },
  ]);
  await expect(page.getByText(ELSEWHERE)).toHaveCount(0);
  await expect(said(page)).toHaveRole("status");

  // Every text the live region takes, in order.
  await said(page).evaluate((region) => {
    window.__scan.said = [];
    const note = () => window.__scan.said.push(region.textContent);
    new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
  });

  // A bare code: added, said, and counted in the figures; held in view, said once.
  await showCode(page, first);
  await expect(said(page)).toHaveText("Code ajouté au groupe : 1 participant.");
  await expect(page.locator("dd.participants")).toHaveText("1");
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).codes, GROUP_KEY)).toEqual([first]);
  await page.waitForTimeout(1_000);
  await expect(said(page)).toHaveText("Code ajouté au groupe : 1 participant.");

  // The same code from the app's address: already there.
  await showCode(page, `http://exemple.fr/metier/#/atelier/ajouter/${first}`);
  await expect(said(page)).toHaveText("Ce code était déjà dans le groupe, il compte une fois : 1 participant.");
  await page.waitForTimeout(1_000);

  // Another code from the app's address: the second participant.
  await showCode(page, `http://exemple.fr/metier/#/atelier/ajouter/${second}`);
  await expect(said(page)).toHaveText("Code ajouté au groupe : 2 participants.");
  await expect(page.locator("dd.participants")).toHaveText("2");
  await expect.poll(() => page.evaluate((key) => JSON.parse(localStorage.getItem(key)).codes, GROUP_KEY)).toEqual([first, second]);
  await page.waitForTimeout(1_000);
  await expect(said(page)).toHaveText("Code ajouté au groupe : 2 participants.");

  // A bad code: refused with its reason, and the group stays as it was.
  const mistyped = `${second.slice(0, -1)}${second.endsWith("0") ? "1" : "0"}`;
  await showCode(page, mistyped);
  const refused = "Code refusé : code mal recopié : un caractère est faux, manquant ou en trop.";
  await expect(said(page)).toHaveText(refused);
  await expect(page.locator("dd.participants")).toHaveText("2");
  await page.waitForTimeout(1_000);
  // Each said once, though the camera saw each code several times.
  expect(await page.evaluate(() => window.__scan.said)).toEqual([
    "Code ajouté au groupe : 1 participant.",
    "Ce code était déjà dans le groupe, il compte une fois : 1 participant.",
    "Code ajouté au groupe : 2 participants.",
    refused,
  ]);

  await page.getByRole("button", { name: "Arrêter le scanner" }).click();
  await expect(said(page)).toHaveText("Scanner arrêté.");
  await expect(page.getByRole("button", { name: "Scanner les codes" })).toBeFocused();
  expect(await liveTracks(page)).toBe(0);
  await expect(page.locator("video")).toHaveCount(0);
});

test("leaving the screen stops the camera", async ({ page }) => {
  await openScanner(page);
  await page.goto("./#/atelier");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mode atelier");
  expect(await liveTracks(page)).toBe(0);
});

test("a refused camera is said, and the scanner offered again", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await installScanner(page);
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = async () => {
      throw new DOMException("Permission denied", "NotAllowedError");
    };
  });
  await page.goto("./#/atelier/groupe");
  await page.getByRole("button", { name: "Scanner les codes" }).click();
  await expect(said(page)).toHaveText(
    "Le scanner s'est arrêté : l'accès à la caméra a été refusé. Autorisez-le dans les réglages du navigateur, ou collez les codes.",
  );
  await expect(page.getByRole("button", { name: "Scanner les codes" })).toBeFocused();
  await expect(page.locator("video")).toHaveCount(0);
  await context.close();
});

test("without a QR code reader, no button: a sentence says to use a phone's camera", async ({ page }) => {
  await page.goto("./#/atelier/groupe");
  await expect(page.getByText(ELSEWHERE)).toBeVisible();
  await expect(page.getByRole("button", { name: "Scanner les codes" })).toHaveCount(0);
});
