// Finding what a person sees, the way assistive technology names it: elements by their
// ARIA role and accessible name as the engine itself computes them (WebDriver's "Get
// Computed Role" and "Get Computed Label"), and waiting for a condition to hold.
import { setTimeout as sleep } from "node:timers/promises";

/** How long a wait goes on before it gives up: a guard against a hung page, never a measure. */
const GIVE_UP_MS = 20_000;

/** The elements that can have each role, natively or through a role attribute. */
const CANDIDATES = {
  button: "button, input[type=button], input[type=submit], summary, [role=button]",
  link: "a[href], [role=link]",
  heading: "h1, h2, h3, h4, h5, h6, [role=heading]",
  radio: "input[type=radio], [role=radio]",
  group: "fieldset, details, [role=group]",
  textbox: "textarea, input:not([type]), input[type=text], [role=textbox]",
  region: "section, [role=region]",
  status: "output, [role=status]",
  image: "img, svg, [role=img], [role=image]",
  row: "tr, [role=row]",
  rowheader: "th, [role=rowheader]",
  code: "code",
};

/** Both engines name role="img" by its ARIA 1.3 synonym "image"; either name finds it. */
const SYNONYMS = { img: "image" };

const normalise = (text) => text.replace(/\s+/g, " ").trim();

/** True when `actual` is `expected` (a string, compared whitespace-normalised) or matches it (a RegExp). */
export function matches(actual, expected) {
  if (expected === undefined) return true;
  const text = normalise(actual ?? "");
  return expected instanceof RegExp ? expected.test(text) : text === normalise(expected);
}

/**
 * Repeats `probe(note)` until it returns something truthy, and returns that. The probe
 * calls `note(seen)` with what it found, for the error if the wait gives up.
 */
export async function waitFor(what, probe) {
  const giveUp = Date.now() + GIVE_UP_MS;
  let seen;
  const note = (value) => (seen = value);
  for (;;) {
    try {
      const result = await probe(note);
      if (result) return result;
    } catch (error) {
      // An element can go stale while the app redraws: look again.
      seen = `${error.name}: ${error.message.split("\n")[0]}`;
    }
    if (Date.now() > giveUp) throw new Error(`Waited in vain for ${what}; last seen: ${JSON.stringify(seen)}`);
    await sleep(100);
  }
}

/** The elements under `scope` (the browser or an element) whose computed role and name match now. */
export async function allByRole(scope, asked, { name, level } = {}) {
  const role = SYNONYMS[asked] ?? asked;
  const selector = CANDIDATES[role];
  if (!selector) throw new Error(`no candidate elements known for role ${role}`);
  const found = [];
  for (const element of await scope.$$(selector)) {
    if ((await computedRole(element)) !== role) continue;
    if (level !== undefined && (await headingLevel(element)) !== level) continue;
    if (name !== undefined && !matches(await element.getComputedLabel(), name)) continue;
    found.push(element);
  }
  return found;
}

/**
 * The element's role as the engine computes it. WebKit answers "unknown error" for an
 * element outside its accessibility tree (such as an empty live region): it has no role.
 */
async function computedRole(element) {
  try {
    return await element.getComputedRole();
  } catch (error) {
    if (/unknown error/i.test(error.message) && !(await element.isDisplayed())) return null;
    throw error;
  }
}

async function headingLevel(element) {
  const aria = await element.getAttribute("aria-level");
  if (aria) return Number(aria);
  const tag = await element.getTagName();
  return /^h[1-6]$/i.test(tag) ? Number(tag.slice(1)) : undefined;
}

const describe = (role, { name, level } = {}) =>
  `the ${role}${level ? ` of level ${level}` : ""}${name === undefined ? "" : ` named ${name}`}`;

/** Waits until exactly one element under `scope` has this role (and name, level), and returns it. */
export function getByRole(scope, role, options = {}) {
  return waitFor(describe(role, options), async (note) => {
    const found = await allByRole(scope, role, options);
    note(`${found.length} matches`);
    return found.length === 1 && found[0];
  });
}

/** Waits until the only element with this role (and level) under `scope` is named `name`, and returns it. */
export function waitForName(scope, role, name, options = {}) {
  return waitFor(`${describe(role, options)} to be named ${name}`, async (note) => {
    const found = await allByRole(scope, role, options);
    const names = [];
    for (const element of found) names.push(normalise(await element.getComputedLabel()));
    note(names);
    return found.length === 1 && matches(names[0], name) && found[0];
  });
}

/** Waits until the page's visible text contains `text` (a string or a RegExp). */
export async function waitForText(browser, text) {
  return waitFor(`the page to show ${text}`, async (note) => {
    const shown = normalise(await (await browser.$("body")).getText());
    note(shown.slice(0, 300));
    return text instanceof RegExp ? text.test(shown) : shown.includes(normalise(text));
  });
}

/** True when `element` is the document's focused element. */
export const isFocused = (browser, element) =>
  browser.execute((target) => document.activeElement === target, element);
