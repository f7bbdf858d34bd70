// The next version of a build, made in place from a copy of dist/ the way a new build
// and its deployment change the files: the JavaScript and the wasm get new names (the
// old ones are gone from the server, as after a real deployment), the stylesheet gets a
// rule the page can read, and the page's Content Security Policy, the service worker and
// the precompressed copies are written again by the build's own steps (scripts/site.mjs).
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { compress, walk, withContentSecurityPolicy, writeServiceWorker } from "../scripts/site.mjs";

/** The rule `redeploy` adds: `getComputedStyle(html).getPropertyValue("--version-e2e")` is `"<tag>"`. */
export const versionMarker = (page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--version-e2e").trim());

/** Turns the build in `site` into its next version, named `tag` (letters and digits). */
export function redeploy(site, tag) {
  for (const file of walk(site).filter((f) => /\.(br|gz)$/.test(f))) rmSync(file);
  const storageKey = readFileSync(join(site, "sw.js"), "utf8").match(/const APP = ("[^"]*")/)?.[1];
  if (!storageKey) throw new Error(`redeploy: no app name in ${site}/sw.js`);
  let html = readFileSync(join(site, "index.html"), "utf8");
  for (const name of readdirSync(site).filter((n) => /\.(js|wasm)$/.test(n) && n !== "sw.js")) {
    const renamed = name.replace(/-[0-9a-z]+(_bg\.wasm|\.js)$/, `-${tag}$1`);
    if (renamed === name) throw new Error(`redeploy: ${name} does not look like a build's hashed name`);
    renameSync(join(site, name), join(site, renamed));
    html = html.replaceAll(name, renamed);
  }
  writeFileSync(join(site, "index.html"), withContentSecurityPolicy(html).html);
  const css = join(site, readdirSync(site).find((name) => name.endsWith(".css")));
  writeFileSync(css, `${readFileSync(css, "utf8")}\n:root { --version-e2e: "${tag}"; }\n`);
  writeServiceWorker(site, JSON.parse(storageKey));
  compress(site);
}
