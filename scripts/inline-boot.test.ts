// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { BOOT_STATES, bootScript, hashSource } from "./inline-boot";
// The build's own data block (scripts/prerender.ts), which src/boot.ts must find and read.
import { deferAssets } from "./prerender";
// The briefing's store, whose key and attribute the script must read and write as the store does.
import {
  BRIEFING_ATTRIBUTE,
  BRIEFING_STORAGE_KEY,
  setBriefingOpen,
} from "../src/features/briefing/disclosure-store";

const boot = await bootScript(process.cwd());

/** A built page's <head>: `tags` deferred by the build itself, after `inline` CSS. */
function deferredHead(tags: string[], inline = ""): string {
  const built = ["<head>", '<link rel="stylesheet" href="/s.css">', ...tags, "</head>"].join("");
  return /<head>([^]*)<\/head>/.exec(deferAssets(built, inline))?.[1] ?? "";
}

function runBoot(): void {
  // Our own script, run as the page runs it.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(boot) as () => void)();
}

afterEach(() => {
  localStorage.clear();
  for (const name of document.documentElement.getAttributeNames())
    document.documentElement.removeAttribute(name);
  document.head.innerHTML = "";
});

describe("the inline boot script", () => {
  it("is minified, without the source's comments", () => {
    expect(boot).not.toMatch(/\/\/|\/\*/);
    // Parsed before first paint on every page: kept small (1,029 bytes with the app-failed mark, 997 before it).
    expect(boot.length).toBeLessThan(1100);
  });

  it("sets on <html> exactly the states the critical CSS is chosen for (BOOT_STATES)", () => {
    runBoot();
    expect(document.documentElement.getAttributeNames()).toEqual(Object.keys(BOOT_STATES[0]));
    localStorage.setItem("annotated-reader:briefing", "open");
    localStorage.setItem("annotated-reader:quiet", "on");
    runBoot();
    const set = Object.fromEntries(
      document.documentElement
        .getAttributeNames()
        .map((name) => [name, document.documentElement.getAttribute(name)]),
    );
    expect(set).toEqual(BOOT_STATES[1]);
  });

  it("copies the deferred stylesheet and entry into <head>, once the page is parsed and painted", async () => {
    document.head.innerHTML = deferredHead(['<script type="module" crossorigin src="/e.js"></script>']);
    runBoot();
    // jsdom has no Paint Timing: the script does not wait for a paint it cannot observe, only for the document.
    await new Promise((done) => setTimeout(done, 0));
    const added = [...document.head.children].filter((e) => !e.matches("style, noscript, #deferred"));
    expect(added.map((e) => e.outerHTML)).toEqual([
      '<link rel="stylesheet" href="/s.css">',
      '<script type="module" crossorigin="" src="/e.js"></script>',
    ]);
  });

  it("drops the inline CSS once the whole stylesheet has loaded, and not when a module preload has", async () => {
    document.head.innerHTML = deferredHead(
      ['<script type="module" src="/e.js"></script>', '<link rel="modulepreload" href="/m.js">'],
      "p{color:red}",
    );
    runBoot();
    await new Promise((done) => setTimeout(done, 0));
    const [stylesheet, preload] = [...document.head.querySelectorAll(":scope > link")];
    preload?.dispatchEvent(new Event("load"));
    expect(document.head.querySelector("style")).not.toBeNull();
    expect(stylesheet?.hasAttribute("data-settled")).toBe(false);
    stylesheet?.dispatchEvent(new Event("load"));
    expect(document.head.querySelector("style")).toBeNull();
    // The app hydrates once the stylesheet is settled (src/main.tsx).
    expect(stylesheet?.hasAttribute("data-settled")).toBe(true);
  });

  it("keeps the inline CSS when the whole stylesheet fails, and marks it settled all the same", async () => {
    document.head.innerHTML = deferredHead(['<script type="module" src="/e.js"></script>'], "p{color:red}");
    runBoot();
    await new Promise((done) => setTimeout(done, 0));
    const stylesheet = document.head.querySelector(":scope > link");
    stylesheet?.dispatchEvent(new Event("error"));
    expect(document.head.querySelector("style")).not.toBeNull();
    expect(stylesheet?.hasAttribute("data-settled")).toBe(true);
  });

  it("marks <html> when the app's entry fails to load (BOOT_STATES' last), and not when the stylesheet does", async () => {
    document.head.innerHTML = deferredHead(['<script type="module" src="/e.js"></script>']);
    runBoot();
    await new Promise((done) => setTimeout(done, 0));
    document.head.querySelector(":scope > link")?.dispatchEvent(new Event("error"));
    expect(document.documentElement.hasAttribute("data-app")).toBe(false);
    document.head.querySelector(":scope > script[src]")?.dispatchEvent(new Event("error"));
    expect(document.documentElement.getAttribute("data-app")).toBe(BOOT_STATES[2]["data-app"]);
  });

  it("does nothing more on a page without deferred assets (the dev server's)", () => {
    expect(runBoot).not.toThrow();
    expect(document.head.children).toHaveLength(0);
  });
});

describe("the inline boot script and the briefing's store", () => {
  it("marks <html> open when the store saved the panel open", () => {
    setBriefingOpen(true);
    document.documentElement.removeAttribute(BRIEFING_ATTRIBUTE);
    runBoot();
    expect(document.documentElement.getAttribute(BRIEFING_ATTRIBUTE)).toBe("open");
  });

  it("leaves <html> alone when the panel was saved closed or never saved", () => {
    runBoot();
    expect(document.documentElement.hasAttribute(BRIEFING_ATTRIBUTE)).toBe(false);
    localStorage.setItem(BRIEFING_STORAGE_KEY, "closed");
    runBoot();
    expect(document.documentElement.hasAttribute(BRIEFING_ATTRIBUTE)).toBe(false);
  });

  it("does not throw when storage is blocked", () => {
    const original = Object.getOwnPropertyDescriptor(window, "localStorage");
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("blocked", "SecurityError");
      },
    });
    try {
      expect(runBoot).not.toThrow();
    } finally {
      if (original) Object.defineProperty(window, "localStorage", original);
    }
  });
});

describe("hashSource", () => {
  it("is the CSP source of the text's SHA-256, base64", () => {
    // echo -n "alert(1)" | openssl sha256 -binary | base64
    expect(hashSource("alert(1)")).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
  });
});
