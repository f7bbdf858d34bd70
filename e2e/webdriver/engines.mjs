// The two engines of the cross-engine suite: how to start each one's W3C WebDriver
// server, the capabilities of a new session, and what the engine can do (only
// geckodriver has the print command). Both run headless under xvfb-run (see run.mjs).
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

// geckodriver as `cargo install` put it (scripts/setup), never the `geckodriver` that the
// npm package of that name puts on PATH: that one would download a driver from GitHub.
const GECKODRIVER = join(process.env.CARGO_HOME ?? join(homedir(), ".cargo"), "bin", "geckodriver");
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

// Firefox starts a few services that call Mozilla's servers; none is needed here, and
// the machine reaches no other host than this one.
const quietFirefox = {
  "app.normandy.enabled": false,
  "app.update.disabledForTesting": true,
  "browser.safebrowsing.malware.enabled": false,
  "browser.safebrowsing.phishing.enabled": false,
  "browser.safebrowsing.downloads.enabled": false,
  "datareporting.policy.dataSubmissionEnabled": false,
  "extensions.getAddons.cache.enabled": false,
  "messaging-system.rsexperimentloader.enabled": false,
  "network.captive-portal-service.enabled": false,
  "network.connectivity-service.enabled": false,
  "network.dns.disablePrefetch": true,
  "network.prefetch-next": false,
  "toolkit.telemetry.enabled": false,
};

/** Each engine by the name the runner takes on its command line. */
export const engines = {
  firefox: {
    label: "Firefox ESR",
    driver: GECKODRIVER,
    driverArgs: (port) => ["--host", "127.0.0.1", "--port", String(port)],
    browser: "/usr/bin/firefox-esr",
    capabilities: {
      browserName: "firefox",
      "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless"], prefs: quietFirefox },
    },
    canPrint: true,
  },
  webkit: {
    label: "WebKitGTK MiniBrowser",
    driver: "/usr/bin/WebKitWebDriver",
    driverArgs: (port) => ["--host=local", `--port=${port}`],
    browser: MINIBROWSER,
    capabilities: {
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    },
    canPrint: false,
  },
};

/** The engine named `name`, or an error that says what is missing and how to get it. */
export function engine(name) {
  const chosen = engines[name];
  if (!chosen) throw new Error(`unknown engine ${JSON.stringify(name)}: use one of ${Object.keys(engines).join(", ")}`);
  for (const file of [chosen.driver, chosen.browser]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run scripts/setup`);
  }
  return { name, ...chosen };
}
