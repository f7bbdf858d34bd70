// Playwright runs the end-to-end tests in Debian's Chromium (/usr/bin/chromium; never
// `npx playwright install`) against the built ../dist, which it serves itself with the
// project's dependency-free static server, twice, and stops when the run ends:
//   http://127.0.0.1:4173/              dist/ at the root      (use.baseURL: page.goto("./"))
//   http://127.0.0.1:4174/sous/chemin/  dist/ under a sub-path (SUB_PATH_URL below)
//   http://127.0.0.1:4175/              dist-essai/, the app built with the test-only
//                                       second role, when it was built (ESSAI_URL below)
// E2E_PORT=N moves them to N, N+1 and N+2 (so that two checkouts can run side by side).
// Neither server rewrites a missing path to index.html, so the tests prove that the app
// needs no rewrite rule. Build dist/ first: `trunk build --release --offline`
// (scripts/test does both).
import { defineConfig } from "@playwright/test";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65534) throw new Error(`bad E2E_PORT ${process.env.E2E_PORT}`);
const ROOT_URL = `http://127.0.0.1:${port}/`;
/** The same dist/ under a sub-path; tests use process.env.SUB_PATH_URL (helpers.mjs: SUB_PATH). */
export const SUB_PATH_URL = `http://127.0.0.1:${port + 1}/sous/chemin/`;
process.env.SUB_PATH_URL = SUB_PATH_URL;

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
/** The app built with the test-only second role (scripts/test builds it); served when present. */
const distEssai = fileURLToPath(new URL("../dist-essai/", import.meta.url));
export const ESSAI_URL = `http://127.0.0.1:${port + 2}/`;
process.env.ESSAI_URL = ESSAI_URL;
const staticServer = fileURLToPath(new URL("../scripts/static-server.mjs", import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  throw new Error(`${dist}index.html is missing: run \`trunk build --release --offline\` at the repository root first (scripts/test does).`);
}

const server = (url, dir = dist) => {
  const { port, pathname } = new URL(url);
  return {
    command: `node ${JSON.stringify(staticServer)} --dir ${JSON.stringify(dir)} --host 127.0.0.1 --port ${port} --prefix ${pathname}`,
    url,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: "ignore",
    stderr: "pipe",
  };
};

export default defineConfig({
  testDir: "./tests",
  testMatch: "*.spec.mjs",
  outputDir: "./test-results",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: ROOT_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        browserName: "chromium",
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
        },
      },
    },
  ],
  webServer: [
    server(ROOT_URL),
    server(SUB_PATH_URL),
    ...(existsSync(`${distEssai}index.html`) ? [server(ESSAI_URL, distEssai)] : []),
  ],
});
