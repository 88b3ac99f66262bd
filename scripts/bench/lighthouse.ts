// Lighthouse 12, mobile preset, on the reader and on two plain pages of the same article, all served by one
// `vite preview` with the same headers: the LCP ratio against the inline-CSS floor is the headline figure.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { withChromium } from "./chromium";
import { median, ratioInterval } from "./figures";
import { PLAIN_PAGES, writePlainPages } from "./plain-page";
import type { Context, Section } from "./section";
import { htmlKb, lighthouseVersion, withoutIconRequest } from "./lighthouse-site";
import { withServer } from "./site";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
// Nine: a run's simulated LCP moves ±15 ms with how long the browser process takes to answer the renderer's font
// lookups, and the ratio of two medians of five still moved 1.04 to 1.06 across three back-to-back runs of one
// build (pooled, 15 runs each: 667 / 634 ms, 1.052). Each run is ~8 s; the figure is worth the minute.
const RUNS = 9;
const LCP_RATIO_GOAL = 1.05;
const PAGES = [
  { label: "reader", path: "" },
  { label: "plain page, inline CSS (the floor)", path: PLAIN_PAGES.inline },
  { label: "plain page, external CSS (old baseline)", path: PLAIN_PAGES.external },
  { label: "reader's markup alone (a bound)", path: PLAIN_PAGES.markupOnly },
] as const;

/** One Lighthouse run's figures; times in ms. */
interface Sample {
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  lcp: number;
  fcp: number;
  tbt: number;
  cls: number;
  /** Audits that count towards a score and did not fully pass: `category/audit-id`. */
  failing: string[];
  browser: string;
}

async function audit(url: string, port: number): Promise<Sample> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const scores = {} as Record<Category, number>;
  const failing: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = Math.round((category?.score ?? 0) * 100);
    for (const ref of category?.auditRefs ?? []) {
      const score = lhr.audits[ref.id]?.score;
      if (ref.weight > 0 && typeof score === "number" && score < 1) failing.push(`${id}/${ref.id}`);
    }
  }
  return {
    scores,
    lcp: numeric("largest-contentful-paint"),
    fcp: numeric("first-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    failing,
    // The user agent says only "Chrome/156.0.0.0" (reduced); DevTools tells the full version.
    browser: await fetch(`http://127.0.0.1:${port}/json/version`)
      .then(async (response) => ((await response.json()) as { Browser: string }).Browser)
      .catch(() => "Chromium ?"),
  };
}

// Each run in a fresh Chromium; one failed run (a busy machine can time a page out) is run again once.
async function auditOnce(url: string, context: Context): Promise<Sample> {
  const attempt = () => withChromium((port) => audit(url, port), context.warn);
  try {
    return await attempt();
  } catch (error) {
    context.warn(
      `a Lighthouse run failed and is run again: ${error instanceof Error ? error.message : String(error)}`,
    );
    return attempt();
  }
}

/** The median of each figure; failing audits are those that failed in any run. */
function summarize(samples: readonly Sample[]): Sample {
  const of = (pick: (s: Sample) => number) => median(samples.map(pick));
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, of((s) => s.scores[id])])) as Record<
    Category,
    number
  >;
  return {
    scores,
    lcp: of((s) => s.lcp),
    fcp: of((s) => s.fcp),
    tbt: of((s) => s.tbt),
    cls: of((s) => s.cls),
    failing: [...new Set(samples.flatMap((s) => s.failing))],
    browser: samples[0]?.browser ?? "?",
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function row(label: string, s: Sample): string {
  const scores = CATEGORIES.map((id) => String(s.scores[id]).padStart(4)).join(" ");
  return `  ${label.padEnd(40)} ${scores}   LCP ${seconds(s.lcp)}  FCP ${seconds(s.fcp)}  TBT ${Math.round(s.tbt)} ms  CLS ${s.cls.toFixed(3)}`;
}

async function run(context: Context): Promise<void> {
  const site = mkdtempSync(join(tmpdir(), "reader-bench-lighthouse-"));
  try {
    cpSync(await context.dist(), site, { recursive: true });
    const floorHash = writePlainPages(site);
    withoutIconRequest(
      site,
      PAGES.map((page) => page.path || "index.html"),
    );
    const samples = await withServer(
      site,
      async (url) => {
        const perPage = PAGES.map(() => [] as Sample[]);
        // Interleaved, so a slow moment of the machine weighs on every page alike.
        for (let i = 0; i < RUNS; i++) {
          for (const [k, page] of PAGES.entries())
            perPage[k]?.push(await auditOnce(url + page.path, context));
        }
        return perPage;
      },
      [floorHash],
    );
    const summaries = samples.map(summarize);
    const [reader, floor, external, markup] = summaries as [Sample, Sample, Sample, Sample];
    const ratio = reader.lcp / floor.lcp;
    context.print(
      `Lighthouse ${lighthouseVersion()}, mobile preset (simulated slow 4G and 4× CPU), ${reader.browser}; median of ${RUNS} runs per page, pages interleaved, each run in a fresh browser; one vite preview (gzip, the same CSP and headers) serves every page.`,
    );
    context.print(
      `  LCP and FCP are Lighthouse's simulated figures (from each run's trace, replayed on the preset's phone and network); each column is the median of its own ${RUNS} values.`,
    );
    context.print(
      `  ${"".padEnd(40)} ${["perf", "a11y", "best", "seo"].map((h) => h.padStart(4)).join(" ")}`,
    );
    PAGES.forEach((page, k) => {
      context.print(row(page.label, summaries[k] as Sample));
    });
    // Each run's figure too: the simulated LCP of one page moves by ±15 ms between runs, which is 2% of the ratio.
    const lcps = (k: number) => (samples[k] ?? []).map((s) => s.lcp);
    const runs = (k: number) => lcps(k).map(Math.round).join(", ");
    // And how far the ratio moves when those runs are drawn again: a run whose interval spans the goal decides
    // nothing (five back-to-back runs of one build printed 1.04 to 1.07).
    const [low, high] = ratioInterval(lcps(0), lcps(1));
    const verdict =
      high <= LCP_RATIO_GOAL
        ? "met"
        : low > LCP_RATIO_GOAL
          ? "MISSED"
          : "UNDECIDED by this run (its interval spans the goal)";
    context.print(
      `  LCP reader / plain page with inline CSS (the floor): ${ratio.toFixed(3)}, 90% bootstrap interval ${low.toFixed(3)}–${high.toFixed(3)} (goal ≤ ${LCP_RATIO_GOAL.toFixed(2)}) — ${verdict}; ${Math.round(reader.lcp)} / ${Math.round(floor.lcp)} ms (runs, ms: reader ${runs(0)}; floor ${runs(1)})`,
    );
    context.print(
      `  LCP reader / plain page with external CSS (old baseline: pays a stylesheet round trip, which the reader no longer does): ${(reader.lcp / external.lcp).toFixed(2)}`,
    );
    context.print(
      `  LCP reader's markup alone (no CSS, no script) / floor: ${(markup.lcp / floor.lcp).toFixed(2)} — what the markup itself costs (the reader's HTML ${htmlKb(site, "index.html")} kB gzip with its inline CSS and script, ${htmlKb(site, PLAIN_PAGES.markupOnly)} kB without; the floor's ${htmlKb(site, PLAIN_PAGES.inline)} kB)`,
    );
    const perfect = CATEGORIES.every((id) => reader.scores[id] === 100);
    context.print(`  reader scores 100 in every category: ${perfect ? "met" : "MISSED"}`);
    PAGES.forEach((page, k) => {
      const failing = summaries[k]?.failing ?? [];
      context.print(`  audits not passing in some run, ${page.label}: ${failing.join(", ") || "none"}`);
    });
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
}

export const section: Section = {
  title: "Lighthouse: reader vs plain pages",
  run,
  hint: "check that Chromium starts headless (`/usr/bin/chromium --headless --no-sandbox --dump-dom about:blank`, or set CHROMIUM_PATH) and that `npm run build && npx vite preview` serves the page; then `npm run bench -- lighthouse` runs this section alone",
};
