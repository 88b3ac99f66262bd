// One Chromium for every section: Debian's binary, the same flags, and launching left to the libraries that own it
// (chrome-launcher for Lighthouse, Playwright for the in-page sections).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "@playwright/test";
import { launch, type LaunchedChrome } from "chrome-launcher";

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// No GPU here, and the network is closed: nothing may phone home or update while measuring.
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function checkInstalled(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`,
    );
  }
}

/** Runs `use` with a headless Chromium driven by Playwright (which adds --headless and owns the profile). */
export async function withPlaywright<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  checkInstalled();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS, timeout: 60_000 });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Runs `use` with the DevTools port of a fresh headless Chromium whose throwaway profile chrome-launcher creates
 * and removes. Cleanup warnings are returned through `warn`, never thrown: a profile left in /tmp does not make a
 * measurement wrong.
 */
export async function withChromium<T>(
  use: (port: number) => Promise<T>,
  warn: (message: string) => void,
): Promise<T> {
  checkInstalled();
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless", ...FLAGS],
    // A busy 2-core machine can take more than chrome-launcher's default 25 s to open the DevTools port.
    maxConnectionRetries: 120,
  });
  try {
    return await use(chrome.port);
  } finally {
    await quit(chrome, warn);
  }
}

/**
 * Lets Chromium exit on its own (SIGTERM: it closes its profile files) and waits for it, before chrome-launcher
 * kills what is left and deletes the profile. Deleting while Chromium still wrote was the bench's old
 * `ENOTEMPTY: directory not empty, rmdir '…/Default'`.
 */
async function quit(chrome: LaunchedChrome, warn: (message: string) => void): Promise<void> {
  const child = chrome.process;
  const exited = (ms: number) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve(true)
      : Promise.race([
          new Promise<boolean>((done) =>
            child.once("close", () => {
              done(true);
            }),
          ),
          new Promise<boolean>((done) =>
            setTimeout(() => {
              done(false);
            }, ms),
          ),
        ]);
  child.kill("SIGTERM");
  if (!(await exited(15_000))) {
    warn(`Chromium (pid ${chrome.pid}) did not exit within 15 s of SIGTERM: killed`);
    // The whole process group, as chrome-launcher would, but waited for here.
    try {
      process.kill(-chrome.pid, "SIGKILL");
    } catch {
      // Gone meanwhile.
    }
    await exited(15_000);
  }
  try {
    chrome.kill();
  } catch (error) {
    warn(
      `Chromium's temporary profile was not removed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
