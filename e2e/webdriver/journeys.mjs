// The journeys of the cross-engine suite, each written once and run by run.mjs in every
// engine (those with `only` in the engines listed there): a fiche deep link under the
// sub-path, the short form to its result, a reload mid-quiz, the result code read back
// by the group view, axe on the home, a question and the result, the printed sheet, the
// paper questionnaire on two pages, and the four activities of « Essayer le métier »
// done, rated and counted in the result.
import assert from "node:assert/strict";
import { backEnd, legendOf } from "../role.mjs";
import { axeViolations } from "./axe.mjs";
import { pageCount, pdfText, printPdf } from "./pdf.mjs";
import { activities, doActivity } from "./activities.mjs";
import { answer, answerToward, SHORT, startShortForm, takeShortForm } from "./quiz.mjs";
import { allByRole, getByRole, isFocused, matches, waitFor, waitForName, waitForText } from "./queries.mjs";

const { fiche } = backEnd;
const title = (id) => fiche.sections.find((section) => section.id === id).title;

/** A short-form code as the result screen writes it: seven groups of four characters of Crockford's base 32, and one of one. */
const CODE = /^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]$/;
/** The band and percentage that answers toward the role give. */
const TOP_BAND = "Très forte affinité";
const TOP_HEADLINE = `${TOP_BAND} : 100 %`;

/** The code shown in the result screen's "Ton code de résultat" region. */
async function resultCode(browser) {
  const region = await getByRole(browser, "region", { name: "Ton code de résultat" });
  return (await region.$("code")).getText();
}

/**
 * Opens the result's section whose summary reads `title`, as a person would: by its
 * summary, found by its text (the engines do not agree on a summary's computed role).
 */
async function openSection(browser, title) {
  const summary = await browser.$(`summary=${title}`);
  await summary.click();
  const details = await summary.parentElement();
  await waitFor(`the section ${title} to open`, async () => (await details.getAttribute("open")) !== null);
}

/** Opens every <details> of the page, as a curious reader would, so that axe sees their content. */
async function openAllDetails(browser) {
  for (const details of await allByRole(browser, "group")) {
    if ((await details.getTagName()) !== "details" || (await details.getAttribute("open")) !== null) continue;
    await (await details.$("summary")).click();
    await waitFor("the details to open", async () => (await details.getAttribute("open")) !== null);
  }
}

export const journeys = [
  {
    name: "fiche sections open from their deep links under /sous/chemin/",
    async run({ browser, sub }) {
      for (const id of ["salaires", "reperes-onet", "faq"]) {
        // A fresh load each time, as a link pasted into a new tab.
        await browser.url("about:blank");
        await browser.url(`${sub}#/fiche/${id}`);
        // An « essentiel » section starts with its h2; a « plus loin » one is a details
        // element, opened by the address, whose summary carries the anchor.
        const heading = await browser.$(`#section-${id}`);
        await waitFor(`the section ${id} to be drawn`, () => heading.isExisting());
        assert.equal((await heading.getText()).trim(), title(id));
        if (fiche.sections.find((s) => s.id === id).layer === "plus-loin") {
          assert.equal(await browser.execute((el) => el.closest("details").open, heading), true);
        }
        await waitFor(`the heading of ${id} to take the focus`, () => isFocused(browser, heading));
        await waitFor(`the document title to name ${title(id)}`, async (note) =>
          note(await browser.getTitle()).startsWith(`${title(id)} – `),
        );
        assert.equal(await browser.getUrl(), `${sub}#/fiche/${id}`);
      }
    },
  },
  {
    name: "axe finds no violation on the home screen",
    async run({ browser, root }) {
      await browser.url(root);
      await waitForName(browser, "heading", /: est-ce pour moi \?$/, { level: 1 });
      await getByRole(browser, "link", { name: "Faire le questionnaire" });
      assert.deepEqual(await axeViolations(browser), []);
    },
  },
  {
    name: "the short form, answered by role and label, reaches its result",
    async run({ browser, root }) {
      await takeShortForm(browser, root);
      assert.match(await browser.getUrl(), /#\/resultat$/);
      await getByRole(browser, "heading", { level: 2, name: TOP_HEADLINE });
      await openSection(browser, "Tes scores en détail, et pourquoi");
      await waitForText(browser, "Ce pourcentage est assez sûr");
    },
  },
  {
    name: "axe finds no violation on a statement and on a situation",
    async run({ browser, root }) {
      await startShortForm(browser, root);
      await waitForName(browser, "heading", `Question 1 sur ${SHORT.items.length}`, { level: 1 });
      assert.deepEqual(await axeViolations(browser), []);
      const situation = SHORT.items.findIndex((item) => item.kind === "situation");
      await answerToward(browser, 0, situation);
      await getByRole(browser, "group", { name: legendOf(SHORT.items[situation]) });
      assert.deepEqual(await axeViolations(browser), []);
    },
  },
  {
    name: "a reload in the middle of the quiz resumes at the same question",
    async run({ browser, root }) {
      const total = SHORT.items.length;
      await startShortForm(browser, root);
      await answerToward(browser, 0, 7);
      await waitForName(browser, "heading", `Question 8 sur ${total}`, { level: 1 });
      await browser.refresh();
      await waitForName(browser, "heading", `Question 8 sur ${total}`, { level: 1 });
      await waitForText(browser, `7 réponse(s) sur ${total}`);
      // The answer before it is still the one given.
      await (await getByRole(browser, "button", { name: "Précédent" })).click();
      await waitForName(browser, "heading", `Question 7 sur ${total}`, { level: 1 });
      const group = await getByRole(browser, "group", { name: legendOf(SHORT.items[6]) });
      const given = await getByRole(group, "radio", { name: backEnd.roleDirection(SHORT.items[6]) });
      assert.equal(await given.isSelected(), true, "the answer given before the reload is checked");
      // And the form goes on from there to its end.
      await answer(browser, 6, backEnd.roleDirection(SHORT.items[6]));
      await answerToward(browser, 7);
      await waitForName(browser, "heading", "Ton résultat", { level: 1 });
    },
  },
  {
    name: "axe finds no violation on the result screen, every detail open",
    async run({ browser, root }) {
      await takeShortForm(browser, root);
      await openAllDetails(browser);
      assert.deepEqual(await axeViolations(browser), []);
    },
  },
  {
    name: "the result code, pasted into the group view, reads back as one participant",
    async run({ browser, root }) {
      await takeShortForm(browser, root);
      const code = await resultCode(browser);
      assert.match(code, CODE);
      await getByRole(browser, "img", { name: `QR code du code de résultat ${code}` });

      await browser.url(`${root}#/atelier/groupe`);
      await waitForName(browser, "heading", "Vue de groupe", { level: 1 });
      const field = await getByRole(browser, "textbox", { name: "Codes de résultat (un par ligne)" });
      await field.setValue(code);
      await (await getByRole(browser, "button", { name: "Analyser" })).click();
      await waitFor("the analysis summary", async (note) => {
        for (const status of await allByRole(browser, "status")) {
          if (matches(note(await status.getText()), "1 code ajouté, 0 déjà dans le groupe, 0 ligne refusée.")) return true;
        }
        return false;
      });
      // The one participant sits in the top band, the others are empty.
      const bands = {};
      const table = await getByRole(browser, "region", { name: "Répartition par niveau d'affinité" });
      for (const row of await allByRole(table, "row")) {
        const [header] = await allByRole(row, "rowheader");
        const cell = await row.$("td");
        if (header && (await cell.isExisting())) bands[(await header.getText()).trim()] = (await cell.getText()).trim();
      }
      assert.equal(bands[TOP_BAND], "1", `bands read: ${JSON.stringify(bands)}`);
      const others = Object.entries(bands).filter(([band]) => band !== TOP_BAND && band !== "Sans résultat fiable");
      assert.ok(others.length >= 3, `bands read: ${JSON.stringify(bands)}`);
      for (const [band, count] of others) assert.equal(count, "0", `participants in ${band}`);
    },
  },
  {
    name: "the four activities are done and liked with the engine's own controls, and the result counts them",
    async run({ browser, root }) {
      for (const activity of activities) {
        await doActivity(browser, root, activity);
        if (activity === activities[3]) assert.deepEqual(await axeViolations(browser), [], `axe on ${activity.id}`);
      }
      await browser.url(`${root}#/essayer`);
      for (const activity of activities) await waitForText(browser, `${activity.title} (${activity.minutes} min) : faite, ton avis : « J'ai aimé »`);
      await takeShortForm(browser, root);
      await openSection(browser, `Tu as essayé le métier. Tu as aimé ${activities.length} tâches sur ${activities.length}.`);
      const tried = await getByRole(browser, "region", { name: "Tu as essayé le métier" });
      for (const activity of activities) assert.ok((await tried.getText()).includes(`${activity.title} : « J'ai aimé »`), activity.id);
    },
  },
  {
    name: "the printed result sheet fits on one A4 page",
    only: ["firefox"],
    async run({ browser, root, driverPort, keep }) {
      await takeShortForm(browser, root);
      const code = await resultCode(browser);
      // A4, nothing shrunk to fit, and no margin of the driver's own: Firefox lays the
      // sheet out in its @page rule's margins, and cuts its right edge if both apply.
      const buffer = await printPdf(browser, driverPort, {
        page: { width: 21, height: 29.7 },
        margin: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      keep("result-sheet.pdf", buffer);
      assert.equal(pageCount(buffer), 1);
      // NFKC undoes the ligatures of the PDF's font ("ﬃ" in "affinité").
      const text = pdfText(buffer).normalize("NFKC").replace(/\s+/g, " ");
      assert.match(text, /Fiche de résultat – Développeuse ou développeur back-end – Version courte – \d\d\/\d\d\/\d{4}/);
      assert.ok(text.includes("Notes de l'entretien"), "the notes frame is printed");
      assert.ok(text.includes(code), "the code is printed");
      assert.ok(text.includes(TOP_HEADLINE), "the headline is printed");
      // The first view, and both families' bars, drawn for paper outside the closed sections.
      for (const printed of ["Ce qui te rapproche le plus du métier", "Tes points forts", "À essayer", "Et maintenant ?"]) {
        assert.ok(text.includes(printed), `the first view's « ${printed} » is printed`);
      }
      for (const family of ["Tes centres d'intérêt", "Tes qualités"]) {
        assert.ok(text.includes(`${family} : ton score sur 100`), `the chart of ${family} is printed`);
      }
      assert.ok(!text.includes("Tes scores en détail"), "the sections' summaries are not printed");
      assert.ok(!text.includes("Imprimer ma fiche"), "the buttons are not printed");
    },
  },
  {
    name: "the paper questionnaire prints on two A4 pages, each opened by its mark",
    only: ["firefox"],
    async run({ browser, root, driverPort, keep }) {
      await browser.url(`${root}#/atelier/papier`);
      await waitForName(browser, "heading", "Questionnaire papier", { level: 1 });
      const buffer = await printPdf(browser, driverPort, {
        page: { width: 21, height: 29.7 },
        margin: { top: 0, bottom: 0, left: 0, right: 0 },
      });
      keep("paper-questionnaire.pdf", buffer);
      assert.ok(pageCount(buffer) <= 2, `${pageCount(buffer)} pages`);
      // pdftotext ends each page with a form feed.
      const pages = pdfText(buffer).normalize("NFKC").split("\f").filter((page) => page.trim());
      assert.equal(pages.length, 2);
      const mark = `C${backEnd.bank.version}`;
      for (const [i, page] of pages.entries()) {
        assert.equal(page.trim().split("\n")[0].trim(), `Feuille ${mark} – page ${i + 1} sur 2`);
      }
      const text = pages.join(" ").replace(/\s+/g, " ");
      const last = SHORT.items.at(-1);
      assert.ok(text.includes(`${SHORT.items.length} ${last.text}`), "the last question is printed, numbered");
      assert.ok(text.includes(`Tes réponses, un chiffre par question : ${mark}`), "the line for the answers is printed");
      assert.ok(!text.includes("Saisir des réponses papier"), "the screen's links are not printed");
    },
  },
];
