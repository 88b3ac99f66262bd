import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Playwright cannot download browsers here: we drive Debian's. Most specs run in its headless shell
// (chromium-headless-shell: the same Blink without the browser's UI, which loads a page in half the CPU time of the
// full browser on this machine: 0.6 s against 1.3 s); caret browsing, a feature of the full browser, needs Chromium
// itself. A missing browser is a loud failure, never a skip.
const browsers = {
  shell: {
    path: process.env.CHROMIUM_HEADLESS_SHELL_PATH ?? "/usr/bin/chromium-headless-shell",
    install: "apt-get install -y chromium-headless-shell",
    variable: "CHROMIUM_HEADLESS_SHELL_PATH",
  },
  full: {
    path: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    install: "apt-get install -y chromium",
    variable: "CHROMIUM_PATH",
  },
};
for (const { path, install, variable } of Object.values(browsers)) {
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}. Install it (${install}) or set ${variable}.`);
}

/** Specs that need the full browser: caret browsing (F7) is not in the headless shell. */
const FULL_BROWSER = /notes-keyboard\.spec\.ts$/;
const FLAGS = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

const port = Number(process.env.PORT ?? 4173);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  // Ceilings, not measures: every test waits for conditions, so these only bound a failure. Playwright's 30 s and
  // 5 s were met by passing tests on a machine running other builds beside `npm test` (load 15 on 2 cores).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    // A failed test keeps its trace (test-results/), with each step's DOM but without the screencast: filming every
    // test cost a third of the CPU a simple one takes.
    trace: { mode: "retain-on-failure", screenshots: false },
  },
  projects: [
    {
      name: "chromium",
      testIgnore: FULL_BROWSER,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browsers.shell.path, args: FLAGS },
      },
    },
    {
      name: "chromium-full",
      testMatch: FULL_BROWSER,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: { executablePath: browsers.full.path, args: FLAGS },
      },
    },
  ],
  // The production build, served as a static host would (build first: `npm run build`).
  webServer: {
    command: "npx vite preview",
    url: baseURL,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
