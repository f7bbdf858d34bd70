// Playwright runs the tests in Debian's Chromium against the built dist/, served by the
// project's plain static server twice: at the root, and under a sub-path.
import { defineConfig } from "@playwright/test";

const server = (port, prefix) => ({
  command: `node ../scripts/static-server.mjs --dir ../dist --port ${port} --prefix ${prefix}`,
  url: `http://127.0.0.1:${port}${prefix}`,
  reuseExistingServer: false,
  timeout: 20_000,
});

export default defineConfig({
  testDir: "./tests",
  testMatch: "*.spec.mjs",
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: "list",
  use: {
    baseURL: "http://127.0.0.1:4173/",
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
  webServer: [server(4173, "/"), server(4174, "/sous/chemin/")],
});
