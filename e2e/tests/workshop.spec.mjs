// Workshop mode: five participants in five browsers (some rate activities of « Essayer le
// métier » first), their result codes pasted into the facilitator's group view, whose
// figures and CSV must equal the ones computed natively from the same answers and ratings
// (src/model/testdata/atelier/: participants.json, and expected.json that `cargo test`
// checks); "Personne suivante"; the kiosk's wipe with a controlled clock;
// untrusted pastes; the printed sheet on one A4 page; axe on every new screen.
import { readFileSync } from "node:fs";
import { test, expect, chromium } from "@playwright/test";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { DIFFICULTIES, LIKINGS, SUB_PATH, expectNoAxeViolations, outOfView, rate, startKioskQuiz } from "./helpers.mjs";
import { answerAll, bank, formItems, formName, legendOf, roleDirection } from "./quiz-data.mjs";
import { backEnd } from "../role.mjs";

const fixture = (name) =>
  JSON.parse(readFileSync(new URL(`../../src/model/testdata/atelier/${name}`, import.meta.url), "utf8"));
const participants = fixture("participants.json");
const expected = fixture("expected.json");

const STORAGE_KEY = backEnd.keys.document;
const WORKSHOP_KEY = backEnd.keys.workshop;
const GROUP_KEY = backEnd.keys.group;

/**
 * Rates the activities as `ratings` says (each rating's code, 1 to 3, by activity id),
 * then takes the form in `page`, answering each item as `answers` says (skipping the
 * ones it lacks).
 */
async function answerAs(page, { form, answers, ratings = {} }) {
  for (const [id, { liking, difficulty }] of Object.entries(ratings)) {
    const activity = backEnd.activities.find((a) => a.id === id);
    await rate(page, activity, liking - 1, difficulty ? difficulty - 1 : null);
  }
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: `Commencer la ${formName(form).toLowerCase()}` }).click();
  const items = formItems(form);
  for (const [i, item] of items.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Question ${i + 1} sur ${items.length}`);
    const answer = answers[item.id];
    if (answer) {
      const label = answer.agreement ? bank.scale[answer.agreement - 1] : item.options[answer.choice].text;
      await page.getByRole("group", { name: legendOf(item) }).getByLabel(label, { exact: true }).check();
    }
    await page.getByRole("button", { name: i + 1 === items.length ? "Voir mon résultat" : "Suivant" }).click();
  }
  await expect(page).toHaveURL(/#\/resultat$/);
}

const codeOf = (page) => page.locator(".result-code .code code").textContent();

/** What a camera would read from the QR code on screen (jsQR on a screenshot). */
async function scanQr(page) {
  const png = PNG.sync.read(await page.locator("svg.qr").screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const storedKeys = (page) => page.evaluate(() => Object.keys(localStorage).sort());

test("five participants' codes give the group figures computed natively", async ({ browser, baseURL }) => {
  // Five whole quizzes, one of them the full form: alone it takes about 50 s here, close
  // to the default limit of 60 s when the machine is busy.
  test.slow();
  const codes = [];
  for (const [i, participant] of participants.entries()) {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await answerAs(page, participant);
    // The band, and a percentage or a range only as precise as the answers allow.
    await expect(page.locator("#affinite")).toHaveText(expected.headlines[i]);
    const code = await codeOf(page);
    // The code the model writes for the same answers and ratings.
    expect(code).toBe(expected.codes[i]);
    await expect(page.getByRole("img", { name: `QR code du code de résultat ${code}` })).toBeVisible();
    expect(await scanQr(page)).toBe(code);
    codes.push(code);
    await context.close();
  }

  const context = await browser.newContext({ baseURL, acceptDownloads: true });
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto("./#/atelier/groupe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vue de groupe");
  const paste = [
    ...codes.slice(0, 3),
    "",
    codes[0].toLowerCase().replaceAll("-", " "),
    '<img src=x onerror="alert(1)">',
    ...codes.slice(3),
  ].join("\n");
  await page.getByLabel("Codes de résultat (un par ligne)").fill(paste);
  await page.getByRole("button", { name: "Analyser" }).click();

  await expect(page.getByRole("status").filter({ hasText: "refusée" })).toHaveText(
    "5 codes ajoutés, 1 déjà dans le groupe, 1 ligne refusée.",
  );
  await expect(page.locator(".group-count")).toHaveText("Groupe gardé sur cet appareil : 5 participants.");
  await expect(page.locator("dd.participants")).toHaveText(String(expected.participants));
  for (const [label, count] of expected.bands) {
    await expect(page.locator("table.bands tr", { has: page.getByRole("rowheader", { name: label, exact: true }) }).locator(".count")).toHaveText(String(count));
  }
  const [mean, deviation] = expected.overall;
  await expect(page.locator("dd.overall")).toHaveText(`${mean} (écart-type ${deviation})`);
  for (const [name, stats] of expected.dimensions) {
    const cells = page.locator("table.dimensions tr", { has: page.getByRole("rowheader", { name, exact: true }) }).locator("td");
    if (stats) {
      const [count, m, sd, min, max] = stats;
      await expect(cells).toHaveText([String(count), String(m), String(sd), `${min}–${max}`]);
    } else {
      await expect(cells).toHaveText(["0", "pas assez de réponses"]);
    }
  }
  await expect(page.locator(".riasec-group")).toHaveText(expected.riasec_group);
  for (const [label, count] of expected.precisions) {
    await expect(page.locator(".group-facts div", { has: page.getByText(label, { exact: true }) }).locator("dd")).toHaveText(String(count));
  }
  await expect(page.locator(".riasec-codes li")).toHaveText(expected.riasec_codes.map(([code, n]) => `${code} : ${n}`));
  // « Essayer le métier »: the liking and, beside it, the difficulty.
  for (const [caption, rows] of [["Avis sur les activités", expected.likings], ["Difficulté ressentie", expected.difficulties]]) {
    const table = page.getByRole("table", { name: caption });
    for (const [title, counts, rated] of rows) {
      const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: title, exact: true }) });
      await expect(row.getByRole("cell"), `${caption}: ${title}`).toHaveText([...counts, rated].map(String));
    }
  }

  // The bad line stays alone in the field, reported with its number there, as text:
  // nothing pasted becomes markup.
  await expect(page.getByLabel("Codes de résultat (un par ligne)")).toHaveValue('<img src=x onerror="alert(1)">');
  await expect(page.getByText("Ligne 1 : le caractère en position 1 (« < », U+003C) n'existe dans aucun code")).toBeVisible();
  await expect(page.locator("main img")).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await expectNoAxeViolations(page);

  // CSV: one row per distinct code, the header, no name.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Exporter en CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^atelier-resultats-\d{4}-\d\d-\d\d\.csv$/);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "").trim().split(/\r\n/);
  expect(csv).toHaveLength(6);
  expect(csv[0]).toMatch(/^code;formulaire;affinite;affinite_basse;affinite_haute;precision;niveau;/);
  expect(csv.slice(1).map((row) => row.split(";")[0]).sort()).toEqual([...codes].sort());
  // Each activity's two ratings, in words, empty when not given, in the last columns.
  const ratingColumns = backEnd.activities.flatMap((a) => [`${a.id}_avis`, `${a.id}_difficulte`]);
  const lastCells = (row) => row.split(";").slice(-ratingColumns.length);
  expect(lastCells(csv[0])).toEqual(ratingColumns);
  for (const [i, participant] of participants.entries()) {
    const row = csv.find((r) => r.startsWith(`${codes[i]};`));
    const words = backEnd.activities.flatMap((a) => {
      const { liking, difficulty } = participant.ratings?.[a.id] ?? {};
      return [liking ? LIKINGS[liking - 1] : "", difficulty ? DIFFICULTIES[difficulty - 1] : ""];
    });
    expect(lastCells(row), `participant ${i + 1}`).toEqual(words);
  }

  // Projector mode: large type, still accessible.
  await page.getByRole("button", { name: "Mode projecteur" }).click();
  await expect(page.getByRole("button", { name: "Mode projecteur" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator("html")).toHaveClass(/projector/);
  await expect(page.getByLabel("Codes de résultat (un par ligne)")).toBeHidden();
  await expectNoAxeViolations(page);
  await context.close();
});

test("codes from a newer version and mistyped codes are refused with their reason", async ({ page }) => {
  await page.goto("./#/atelier/groupe");
  // Line 1: a well-formed code of a later format (format 3, zero bits, its CRC-10);
  // line 4: text that is no code at all.
  await page.getByLabel("Codes de résultat (un par ligne)").fill("3000-000S-K\n1ABC-DEFG\nbonjour\nABCD-1234");
  await page.getByRole("button", { name: "Analyser" }).click();
  await expect(page.getByText("Ligne 1 : code créé par une version plus récente de l'app (format 3)", { exact: false })).toBeVisible();
  await expect(page.getByText("Ligne 4 : ce n'est pas un code de résultat", { exact: false })).toBeVisible();
  // The field says it holds refused lines, and which.
  const field = page.getByLabel("Codes de résultat (un par ligne)");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription("4 lignes refusées : lignes 1, 2, 3, 4");
  await expect(page.getByText("Ligne 2 : code mal recopié", { exact: false })).toBeVisible();
  await expect(page.getByText("Ligne 3 : le caractère en position 6 (« u », U+0075)", { exact: false })).toBeVisible();
  await expect(page.getByRole("button", { name: "Exporter en CSV" })).toBeDisabled();
});

/** Puts `text` in the group's field as a paste does (the whole text, then one input
 * event; Playwright's fill() types into a textarea far slower than a paste), then clicks
 * « Analyser ». */
async function pasteAndAnalyse(page, text) {
  await page.locator("#codes").evaluate((textarea, text) => {
    textarea.value = text;
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await page.getByRole("button", { name: "Analyser" }).click();
}

test("a paste of 500 codes, the cap, is read and summarised", async ({ page }) => {
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  const code = await codeOf(page);
  await page.goto("./#/atelier/groupe");
  const lines = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? code : `ligne ${i}`));
  await pasteAndAnalyse(page, lines.join("\n"));
  await expect(page.getByRole("status").filter({ hasText: "refusée" })).toHaveText(
    "1 code ajouté, 249 déjà dans le groupe, 250 lignes refusées.",
  );
  // Only the first hundred refused lines are listed; the rest are counted.
  await expect(page.locator("section[aria-labelledby=refusees] li")).toHaveCount(100);
  await expect(page.getByText("… et 150 autres.")).toBeVisible();
});

/** Answers the short form toward the role in `page`, from the quiz's start at `start`, and gives the result's code. */
async function shortFormCode(page, start = "./#/quiz") {
  await page.goto(start);
  await page.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  return codeOf(page);
}

const groupCount = (page) => page.locator(".group-count");
const storedGroup = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k)), GROUP_KEY);

test("a code's address adds it to the group of the device that opens it, once; the group is kept", async ({ browser, baseURL }) => {
  // The pupil's device, served from this machine only: the QR code holds the bare code.
  const pupil = await browser.newContext({ baseURL });
  const pupilPage = await pupil.newPage();
  const code = await shortFormCode(pupilPage);
  expect(await scanQr(pupilPage)).toBe(code);
  await expect(pupilPage.getByText("L'app est servie par cet ordinateur seulement : aucun autre appareil ne pourrait ouvrir son adresse, alors le QR code contient le code seul.")).toBeVisible();
  await pupil.close();

  // The facilitator's device: the group view is open in one tab when the address opens in another.
  const facilitator = await browser.newContext({ baseURL });
  const groupTab = await facilitator.newPage();
  await groupTab.goto("./#/atelier/groupe");
  await expect(groupCount(groupTab)).toHaveText("Groupe gardé sur cet appareil : aucun participant.");
  const page = await facilitator.newPage();
  await page.goto(`./#/atelier/ajouter/${code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vue de groupe");
  await expect(page.getByRole("status").filter({ hasText: "Code" })).toHaveText("Code ajouté au groupe : 1 participant.");
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");
  await expect(page.locator("dd.participants")).toHaveText("1");
  // The address is now the group's: a reload does not add the code again.
  await expect(page).toHaveURL(/#\/atelier\/groupe$/);
  expect(await storedGroup(page)).toEqual({ version: 1, codes: [code] });
  // The other tab followed.
  await expect(groupCount(groupTab)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");
  await expectNoAxeViolations(page);
  await page.reload();
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");
  await expect(page.locator("dd.participants")).toHaveText("1");
  await expect(page.getByText("Code ajouté au groupe")).toHaveCount(0);

  // The same code again, as typed by hand: counted once.
  await page.goto(`./#/atelier/ajouter/${code.toLowerCase()}`);
  await expect(page.getByRole("status").filter({ hasText: "Code" })).toHaveText(
    "Ce code était déjà dans le groupe, il compte une fois : 1 participant.",
  );
  // A bad code is refused with the reason a paste gives.
  await page.goto("./#/atelier/ajouter/ABCD-1234");
  await expect(page.getByRole("alert")).toHaveText(
    "Code refusé : ce n'est pas un code de résultat (il ne commence pas comme un code et ne se vérifie pas).",
  );
  await expectNoAxeViolations(page);
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");

  // « Personne suivante » wipes the person, not the facilitator's group.
  await page.goto("./#/atelier");
  await page.getByRole("button", { name: "Personne suivante" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer pour la personne suivante" }).click();
  await expect(page).toHaveURL(/#\/$/);
  expect(await storedKeys(page)).toContain(GROUP_KEY);
  await page.goto("./#/atelier/groupe");
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");

  // « Vider le groupe » asks first.
  await page.getByRole("button", { name: "Vider le groupe" }).click();
  await expect(page.getByRole("group", { name: /^Vider le groupe \?/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Non, garder" }).click();
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : 1 participant.");
  await page.getByRole("button", { name: "Vider le groupe" }).click();
  await page.getByRole("button", { name: "Oui, vider le groupe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "vidé" })).toHaveText("Groupe vidé.");
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : aucun participant.");
  await expect(page.locator("dd.participants")).toHaveCount(0);
  expect(await storedKeys(page)).not.toContain(GROUP_KEY);
  await expect(groupCount(groupTab)).toHaveText("Groupe gardé sur cet appareil : aucun participant.");
  await page.reload();
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : aucun participant.");
  await facilitator.close();
});

test("an unreadable group is kept aside and the view starts empty, saying so", async ({ page }) => {
  await page.goto("./");
  await page.evaluate((key) => localStorage.setItem(key, '{"version": 9, "codes": []}'), GROUP_KEY);
  await page.goto("./#/atelier/groupe");
  await expect(page.getByText("Le groupe enregistré sur cet appareil n'a pas pu être lu : données écrites par une version plus récente")).toBeVisible();
  await expect(groupCount(page)).toHaveText("Groupe gardé sur cet appareil : aucun participant.");
  expect(await page.evaluate((k) => localStorage.getItem(k), backEnd.keys.group_backup)).toBe('{"version": 9, "codes": []}');
});

test("under a host name, the QR code holds the code's address, which adds the code on another device", async ({ baseURL }) => {
  // A name this machine answers to, as a school's server would have: Chromium maps it here.
  const launch = test.info().project.use.launchOptions;
  const browser = await chromium.launch({ ...launch, args: [...launch.args, "--host-resolver-rules=MAP *.test 127.0.0.1"] });
  const host = (url) => url.replace("127.0.0.1", "atelier.test");
  const pupil = await browser.newPage({ baseURL: host(baseURL) });
  const code = await shortFormCode(pupil);
  const address = `${host(baseURL)}#/atelier/ajouter/${code}`;
  expect(await scanQr(pupil)).toBe(address);
  await expect(pupil.getByText("Scanné avec l'appareil photo d'un téléphone, ce QR code ouvre l'app et ajoute ton code au groupe de la personne qui anime.")).toBeVisible();

  // A long address (here 170 characters) still gives a symbol that is read back and
  // stays in its card on a narrow screen.
  const long = SUB_PATH.replace("127.0.0.1", "college-avec-un-nom-assez-long-pour-eprouver-le-qr-code.academie-de-quelque-part.test");
  const longCode = await shortFormCode(pupil, `${long}#/quiz`);
  const longAddress = `${long}#/atelier/ajouter/${longCode}`;
  expect(longAddress.length).toBeGreaterThanOrEqual(150);
  expect(await scanQr(pupil)).toBe(longAddress);
  for (const width of [206, 360]) {
    await pupil.setViewportSize({ width, height: 640 });
    const [qr, card] = [await pupil.locator("svg.qr").boundingBox(), await pupil.locator(".result-code").boundingBox()];
    expect(qr.x >= card.x && qr.x + qr.width <= card.x + card.width, `${width} px: ${JSON.stringify({ qr, card })}`).toBe(true);
    expect(qr.width, `${width} px`).toBeGreaterThan(100);
    expect(await outOfView(pupil)).toEqual({ scroll: 0, found: [] });
  }

  // The facilitator's phone opens what its camera read.
  const phone = await browser.newPage();
  await phone.goto(address);
  await expect(phone.getByRole("status").filter({ hasText: "Code" })).toHaveText("Code ajouté au groupe : 1 participant.");
  await browser.close();
});

for (const [name, text, cap] of [
  ["100 000 codes", `${"0000-0000-0000-0000-0000-0000-000"}\n`.repeat(100_000), "40\u202f000 caractères"],
  ["one 10 MB line", "A".repeat(10_000_000), "40\u202f000 caractères"],
  ["10 MB of right-to-left overrides and zero-width spaces", "\u202e\u200b".repeat(5_000_000), "40\u202f000 caractères"],
  ["501 short lines", "A\n".repeat(501), "500 codes"],
]) {
  test(`a paste of ${name} is refused whole at once, with the caps in words`, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    await page.goto("./#/atelier/groupe");
    await page.evaluate((text) => navigator.clipboard.writeText(text), text);
    const field = page.getByLabel("Codes de résultat (un par ligne)");
    await field.focus();
    // A real paste, from the clipboard, as a facilitator does.
    const start = Date.now();
    await page.keyboard.press("ControlOrMeta+V");
    await page.getByRole("button", { name: "Analyser" }).click();
    const message = `Trop de texte : la vue de groupe lit au plus ${cap} à la fois. Collez les codes en plusieurs fois.`;
    await expect(page.getByRole("alert")).toHaveText(message);
    const elapsed = Date.now() - start;
    await expect(field).toHaveAccessibleDescription(message);
    await expect(page.getByRole("button", { name: "Exporter en CSV" })).toBeDisabled();
    // The field never holds more than one character over the cap.
    expect(await field.evaluate((textarea) => textarea.value.length)).toBeLessThanOrEqual(Math.min(text.length, 40_001));
    expect(elapsed, "the page answers within 3 seconds").toBeLessThan(3000);
    await context.close();
  });
}

test("workshop settings impose the form; « Personne suivante » leaves no trace", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("link", { name: "Mode atelier (animation de groupe)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mode atelier");
  await expectNoAxeViolations(page);
  const short = formItems("court").length;
  await page.getByLabel(new RegExp(`^${formName("court")} : ${short} questions`)).check();
  expect(JSON.parse(await page.evaluate((k) => localStorage.getItem(k), WORKSHOP_KEY))).toMatchObject({ form: "court" });

  // The visitor sets large text, then takes the quiz: only the imposed form is offered.
  await page.goto("./#/accessibilite");
  await page.getByLabel("Grande").check();
  await page.goto("./#/quiz");
  await expect(page.getByText("Version choisie par la personne qui anime l'atelier.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Commencer la/ })).toHaveCount(1);
  await page.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  // Headless Chromium does not promise to keep the storage: the visitor was told, once.
  expect(await storedKeys(page)).toEqual([STORAGE_KEY, WORKSHOP_KEY, backEnd.keys.told_eviction].sort());

  await page.getByRole("button", { name: "Personne suivante" }).click();
  await page.getByRole("button", { name: "Non, revenir" }).click();
  await expect(page).toHaveURL(/#\/resultat$/);
  await page.getByRole("button", { name: "Personne suivante" }).click();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Oui, tout effacer pour la personne suivante" }).click();

  await expect(page).toHaveURL(/#\/$/);
  await expect(page.locator("html")).not.toHaveClass(/large-text/);
  expect(await storedKeys(page)).toEqual([WORKSHOP_KEY]);
  const left = await page.evaluate((k) => localStorage.getItem(k), WORKSHOP_KEY);
  expect(left).not.toMatch(/answers|agreement|choice|history/);
  await page.goto("./#/resultat");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pas encore de résultat");
  // The settings survive a reload.
  await page.reload();
  await page.goto("./#/quiz");
  await expect(page.getByRole("button", { name: /^Commencer la/ })).toHaveCount(1);

  // « Effacer mes données » removes the workshop settings too, on the device and in the page.
  await page.goto("./#/donnees");
  await page.getByRole("button", { name: "Effacer mes données" }).click();
  await page.getByRole("button", { name: "Oui, tout effacer" }).click();
  expect(await storedKeys(page)).toEqual([]);
  await page.goto("./#/quiz");
  await expect(page.getByRole("button", { name: /^Commencer la/ })).toHaveCount(2);
});

test("kiosk mode counts down after inactivity, any key cancels, then it wipes", async ({ page }) => {
  await startKioskQuiz(page);
  // The facilitator's group is theirs: the wipe leaves it.
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"codes":[]}'), GROUP_KEY);
  const first = formItems("court")[0];
  await page.getByRole("group", { name: first.text }).getByLabel(bank.scale[4], { exact: true }).check();
  expect(await storedKeys(page)).toContain(STORAGE_KEY);
  // From here the clock moves only when the test says so.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press("Shift");

  // The kiosk's warning, an alert dialog.
  const warning = page.getByRole("alertdialog", { name: "Quelqu'un est encore là ?" });
  await page.clock.runFor(25_000);
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(6_000);
  await expect(warning).toContainText("Quelqu'un est encore là ?");
  // The display ticks every second, in a phase of its own: 29 or 30 seconds are left.
  const countdown = warning.locator(".kiosk-countdown");
  await expect(countdown).toHaveText(/^(29|30) s$/);
  const left = parseInt(await countdown.textContent(), 10);
  await page.clock.runFor(5_000);
  await expect(countdown).toHaveText(`${left - 5} s`);
  // axe waits on timers: let time flow while it runs (a second or two), then stop it again.
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);

  // A key press is activity: the countdown goes away and the answers stay.
  await page.keyboard.press("Shift");
  await page.clock.runFor(1_000);
  await expect(warning).toHaveCount(0);
  expect(await storedKeys(page)).toContain(STORAGE_KEY);

  // A full minute with nobody: the person's data goes, the kiosk's settings stay.
  await page.clock.runFor(61_000);
  await expect(page).toHaveURL(/#\/$/);
  await expect(page.getByText("L'appareil est resté inutilisé")).toBeVisible();
  expect(await storedKeys(page)).toEqual([GROUP_KEY, WORKSHOP_KEY].sort());
});

test("kiosk mode wipes a visit that only tried an activity, once back on the start screen", async ({ page }) => {
  const activity = backEnd.activities.find((a) => "find_line" in a.exercise);
  await page.clock.install();
  await page.goto("./#/atelier");
  await page.getByLabel("Effacer automatiquement les réponses quand personne n'utilise l'appareil").check();
  await page.getByLabel("Après une inactivité de").selectOption({ label: "1 minute" });
  // « Essayer le métier » only: one activity done and rated, then back to the start.
  await page.goto(`./#/essayer/${activity.id}`);
  await page.getByRole("group", { name: "Les lignes du journal" }).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Vérifier" }).click();
  await page.getByRole("group", { name: "As-tu aimé cette activité ?" }).getByLabel("J'ai aimé", { exact: true }).check();
  await page.goto("./#/");
  expect(await storedKeys(page)).toContain(STORAGE_KEY);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await page.keyboard.press("Shift");

  await page.clock.runFor(61_000);
  await expect(page.getByText("L'appareil est resté inutilisé")).toBeVisible();
  expect(await storedKeys(page)).toEqual([WORKSHOP_KEY]);
  // The next person finds the activity untouched.
  await page.goto("./#/essayer");
  await expect(
    page.getByRole("listitem").filter({ has: page.getByRole("link", { name: activity.title, exact: true }) }),
  ).toContainText("pas encore commencée");
});

test("the code is copied to the clipboard, or the visitor is told to copy it by hand", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const page = await context.newPage();
  await page.goto("./#/quiz");
  await page.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
  await answerAll(page, "court", (item) => roleDirection(item, true));
  const code = await codeOf(page);
  await page.getByRole("button", { name: "Copier le code" }).click();
  await expect(page.getByText("Code copié.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

  // As on a plain-http intranet, where browsers offer no clipboard.
  await page.addInitScript(() => delete Navigator.prototype.clipboard);
  await page.reload();
  await page.getByRole("button", { name: "Copier le code" }).click();
  await expect(page.getByText("sélectionne le code et copie-le à la main")).toBeVisible();
  await context.close();
});

/** The number of pages of a PDF made by Chromium. */
const pageCount = (pdf) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

for (const toward of [true, false]) {
  test(`the result sheet prints on one A4 page (${toward ? "strong" : "weak"} fit)`, async ({ page }) => {
    await page.goto("./#/quiz");
    await page.getByRole("button", { name: `Commencer la ${formName("court").toLowerCase()}` }).click();
    await answerAll(page, "court", (item) => roleDirection(item, toward));
    const code = await codeOf(page);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByText(/^Fiche de résultat – Développeuse ou développeur back-end – Version courte – /)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Notes de l'entretien" })).toBeVisible();
    await expect(page.locator(".result-code code")).toHaveText(code);
    await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Imprimer ma fiche" })).toBeHidden();
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    expect(pageCount(pdf)).toBe(1);
  });
}

test("the fiche prints without the navigation", async ({ page }) => {
  await page.goto("./#/fiche");
  // The app has drawn the fiche (not only the static first paint, hidden at a deep link).
  await expect(page.locator("#section-salaires")).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  expect(pageCount(pdf)).toBeGreaterThan(1);
});
