// Rendering at scale: the real article (1×) and a 100× article with 1,000 highlights, both built (prerendered),
// served by `vite preview` and loaded in Chromium on a desktop screen: first render, hydration, and how long a
// quote takes to be highlighted and scrolled into view after a `j` press or a claim click.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "@playwright/test";
import { readClaims } from "../../src/lib/content-model/claims";
import { articleSchema } from "../../src/lib/content-model/schema";
import { withPlaywright } from "./chromium";
import { median, ms, times } from "./figures";
import {
  claimNames,
  measureActivation,
  measureLoad,
  type ActivationTiming,
  type LoadTiming,
} from "./render-page";
import { scaleContent } from "./scaled-content";
import type { Context, Section } from "./section";
import { build, root, withServer } from "./site";

const COPIES = 100;
const HIGHLIGHTS = 1000;
const LOADS = 5;
const QUIET_MS = 1000;
// Reduced motion: scrolling is instant, so the figures time the app, not the smooth-scroll animation.
const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" } as const;
// Claims at these fractions of the list: the middle of the article and its end.
const CLAIMS_AT = [0.5, 0.95];

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Writes the 100× content folder into `dir`: the article in its folder, the themes unchanged. */
function writeScaledContent(dir: string): void {
  const content = join(root, "src/content");
  const folder = join(content, "articles/stoltenberg-war-of-attrition");
  const article = articleSchema.parse(readJson(join(folder, "article.json")));
  const claims = readClaims(readJson(join(folder, "annotations.json")), article.id);
  if (!claims.ok)
    throw new Error(
      `annotations.json: ${JSON.stringify(claims.problems[0])}; npm run check:content says more`,
    );
  const scaled = scaleContent(article, claims.claims, COPIES, HIGHLIGHTS);
  const scaledFolder = join(dir, "articles", article.id);
  mkdirSync(scaledFolder, { recursive: true });
  writeFileSync(join(scaledFolder, "article.json"), JSON.stringify(scaled.article));
  writeFileSync(join(scaledFolder, "annotations.json"), JSON.stringify(scaled.annotations));
  writeFileSync(join(dir, "themes.json"), readFileSync(join(content, "themes.json")));
}

interface Measured {
  /** Highlights on the page (`mark[id]`: one per anchored quote). */
  marks: number;
  loads: LoadTiming[];
  keys: ActivationTiming[];
  clicks: ActivationTiming[];
}

/** `LOADS` fresh loads; on each, two `j` presses and a click on each claim of `claims`. */
async function measure(browser: Browser, url: string, claims: readonly string[]): Promise<Measured> {
  const result: Measured = { marks: 0, loads: [], keys: [], clicks: [] };
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    result.loads.push(await measureLoad(page, url, QUIET_MS));
    result.marks = await page.locator("mark[id]").count();
    for (let k = 0; k < 2; k++) result.keys.push(await measureActivation(page, { key: "j" }));
    for (const claim of claims) result.clicks.push(await measureActivation(page, { claim }));
    await context.close();
  }
  return result;
}

const metrics: [string, (m: Measured) => number][] = [
  ["first contentful paint (prerendered HTML)", (m) => median(m.loads.map((l) => l.fcp))],
  ["largest contentful paint", (m) => median(m.loads.map((l) => l.lcp))],
  ["hydrated (<html data-hydrated>)", (m) => median(m.loads.map((l) => l.hydrated))],
  ["blocking time (parts over 50 ms of long tasks)", (m) => median(m.loads.map((l) => l.blocking))],
  ["j → aria-current set", (m) => median(m.keys.map((a) => a.current))],
  ["j → quote highlighted, painted", (m) => median(m.keys.map((a) => a.highlighted))],
  ["j → quote in view, painted", (m) => median(m.keys.map((a) => a.inView))],
  ["claim click → aria-current set", (m) => median(m.clicks.map((a) => a.current))],
  ["claim click → quote highlighted, painted", (m) => median(m.clicks.map((a) => a.highlighted))],
  ["claim click → quote in view, painted", (m) => median(m.clicks.map((a) => a.inView))],
];

async function run(context: Context): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "reader-bench-render-"));
  try {
    const scaled = join(work, "content");
    writeScaledContent(scaled);
    // The page at `/` alone: a quote page and card for each of the 1,000 quotes would take the build minutes and
    // measure nothing this section reports (the pages section times them).
    build(join(work, "dist-100x"), scaled, { READER_PAGES: "home" });
    const targets = [
      { label: "1× (the article)", dist: await context.dist(), content: join(root, "src/content") },
      { label: `${COPIES}× article`, dist: join(work, "dist-100x"), content: scaled },
    ];
    await withPlaywright(async (browser) => {
      context.print(
        `Chromium ${browser.version()}, ${DESKTOP.viewport.width}×${DESKTOP.viewport.height}, CPU not slowed, reduced motion (instant scroll); medians of ${LOADS} fresh loads; per load 2 j presses and a click on the claims ${CLAIMS_AT.map((at) => `${at * 100}%`).join(" and ")} down the list.`,
      );
      context.print(
        `  ${COPIES}× article: the real paragraphs ${COPIES} times over, ${HIGHLIGHTS} of the real quotes spread evenly through the copies (built from READER_CONTENT_DIR).`,
      );
      let base: Measured | undefined;
      for (const target of targets) {
        const claims = claimNames(join(target.content, "annotations.json"));
        const picked = CLAIMS_AT.map((at) => claims[Math.floor(claims.length * at)] ?? "");
        const measured = await withServer(target.dist, (url) => measure(browser, url, picked));
        const kib = (statSync(join(target.dist, "index.html")).size / 1024).toFixed(0);
        context.print(
          `  ${target.label}: ${measured.marks} highlights, ${claims.length} claims, prerendered index.html ${kib} KiB`,
        );
        for (const [name, of] of metrics) {
          const ratio = base && of(base) > 0 ? ` (${times(of(measured) / of(base))} the 1× figure)` : "";
          context.print(`    ${name}: ${ms(of(measured))}${ratio}`);
        }
        base ??= measured;
      }
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const section: Section = {
  title: "Rendering at 100×",
  run,
  hint: "if the 100× build failed, `npm run check:content` and the readers in src/lib/content-model (schema.ts, claims.ts) tell why (scaled-content.ts builds its content from them); a timeout usually means a locator no longer matches (see the phone section's note); `npm run bench -- rendering` runs this section alone",
};
