/**
 * Rendering at scale: the real article (1×) and a 100× article with 1,000 highlights, each built (prerendered) into
 * a temporary folder, served by `vite preview` and loaded in Chromium. Measures first render (first and largest
 * contentful paint), when hydration ends, and how long a quote takes to become active and scrolled into view after
 * a `j` press or a claim click. `npx tsx scripts/bench/render.ts` runs it alone.
 */
import { spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser } from "@playwright/test";
import { annotationCollectionSchema, articleSchema } from "../../src/content/schema";
import { measureActivation, measureLoad, type ActivationTiming, type LoadTiming } from "./render-page";
import { scaleContent } from "./scaled-content";
import { preview, root } from "./site";
import { median, ms, times } from "./stats";

const viteBin = join(root, "node_modules/vite/bin/vite.js");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const COPIES = 100;
const HIGHLIGHTS = 1000;
const LOADS = 5;
const VIEWPORT = { width: 1280, height: 800 };

/** One build to measure, as the page showed it. */
interface Build {
  label: string;
  marks: number;
  claims: number;
  htmlBytes: number;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

/** Writes the 100× content files into `dir` (themes unchanged). */
function writeScaledContent(dir: string): void {
  const content = join(root, "src/content");
  const article = articleSchema.parse(readJson(join(content, "article.json")));
  const annotations = annotationCollectionSchema.parse(readJson(join(content, "annotations.json")));
  const scaled = scaleContent(article, annotations, COPIES, HIGHLIGHTS);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "article.json"), JSON.stringify(scaled.article));
  writeFileSync(join(dir, "annotations.json"), JSON.stringify(scaled.annotations));
  writeFileSync(join(dir, "themes.json"), readFileSync(join(content, "themes.json")));
}

/** `vite build` (with its prerender step) into `dist`, reading content from `contentDir` if given (unlike site.ts). */
function build(dist: string, contentDir?: string): void {
  const env = { ...process.env, DIST_DIR: dist, ...(contentDir ? { READER_CONTENT_DIR: contentDir } : {}) };
  const result = spawnSync(process.execPath, [viteBin, "build", "--logLevel", "warn"], {
    cwd: root,
    env,
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`vite build into ${dist} failed:\n${result.stderr}${result.stdout}`.slice(0, 4000));
  }
}

/** Loads the page `LOADS` times in fresh contexts; on each, times two `j` presses and two claim clicks. */
async function measure(browser: Browser, url: string) {
  const loads: LoadTiming[] = [];
  const keys: ActivationTiming[] = [];
  const clicks: ActivationTiming[] = [];
  for (let i = 0; i < LOADS; i++) {
    // Reduced motion: scrolling is instant, so the figures time the app, not the smooth-scroll animation.
    const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: "reduce" });
    const page = await context.newPage();
    loads.push(await measureLoad(page, url));
    for (let k = 0; k < 2; k++) keys.push(await measureActivation(page, { key: "j" }));
    for (const at of [0.5, 0.95]) clicks.push(await measureActivation(page, { claimAt: at }));
    await context.close();
  }
  return { loads, keys, clicks };
}

type Measured = Awaited<ReturnType<typeof measure>>;

function medianOf<T>(items: readonly T[], pick: (item: T) => number): number {
  return median(items.map(pick));
}

const metrics: [string, (m: Measured) => number][] = [
  ["first contentful paint (prerendered HTML)", (m) => medianOf(m.loads, (l) => l.fcp)],
  ["largest contentful paint", (m) => medianOf(m.loads, (l) => l.lcp)],
  ["hydrated (<html data-hydrated> set)", (m) => medianOf(m.loads, (l) => l.hydrated)],
  ["blocking time (> 50 ms parts of long tasks)", (m) => medianOf(m.loads, (l) => l.blocking)],
  ["activate by j: aria-current set", (m) => medianOf(m.keys, (a) => a.committed)],
  ["activate by j: in view, painted", (m) => medianOf(m.keys, (a) => a.shown)],
  ["activate by claim click: aria-current set", (m) => medianOf(m.clicks, (a) => a.committed)],
  ["activate by claim click: in view, painted", (m) => medianOf(m.clicks, (a) => a.shown)],
];

function describe(build: Build, m: Measured, base?: Measured): string[] {
  const kb = (build.htmlBytes / 1024).toFixed(0);
  return [
    `  ${build.label}: ${build.marks} highlights, ${build.claims} claims, prerendered index.html ${kb} KiB`,
    ...metrics.map(([name, of]) => {
      const value = of(m);
      const ref = base && of(base);
      const ratio = ref === undefined ? "" : ` (${ref > 0 ? times(value / ref) : "n/a"} the 1× figure)`;
      return `    ${name}: ${ms(value)}${ratio}`;
    }),
  ];
}

async function countContent(browser: Browser, url: string): Promise<{ marks: number; claims: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  const counts = await page.evaluate(() => ({
    marks: new Set(
      [...document.querySelectorAll<HTMLElement>("mark[data-quote]")].map((m) => m.dataset.quote),
    ).size,
    claims: document.querySelectorAll("#claims-sidebar button[id^='claim-']").length,
  }));
  await page.close();
  return counts;
}

/** Runs the rendering benchmark and returns the lines to print. */
export async function run(): Promise<string[]> {
  const work = mkdtempSync(join(tmpdir(), "reader-render-bench-"));
  const servers: ChildProcess[] = [];
  let browser: Browser | undefined;
  try {
    const contentDir = join(work, "content-100x");
    writeScaledContent(contentDir);
    const targets = [
      { label: "1× (the article)", dist: join(work, "dist-1x"), content: undefined },
      { label: `${COPIES}× article`, dist: join(work, "dist-100x"), content: contentDir },
    ];
    for (const t of targets) build(t.dist, t.content);
    browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--no-first-run"] });
    const lines = [
      `Rendering at scale — Chromium ${browser.version()}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, reduced motion (instant scroll); medians of ${LOADS} fresh loads, activations: 2 j presses and 2 claim clicks (middle and end of the list) per load.`,
      `  ${COPIES}× article: the real paragraphs ${COPIES} times over, ${HIGHLIGHTS} of the real quotes spread evenly through the copies (built from READER_CONTENT_DIR).`,
    ];
    let base: Measured | undefined;
    for (const t of targets) {
      const { url, server } = await preview(t.dist);
      servers.push(server);
      const counts = await countContent(browser, url);
      const htmlBytes = statSync(join(t.dist, "index.html")).size;
      const measured = await measure(browser, url);
      lines.push(...describe({ label: t.label, htmlBytes, ...counts }, measured, base));
      base ??= measured;
    }
    return lines;
  } finally {
    await browser?.close();
    for (const server of servers) server.kill();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await run()) console.log(line);
}
