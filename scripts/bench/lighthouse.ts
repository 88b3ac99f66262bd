/**
 * Lighthouse 12 (mobile preset: emulated phone, simulated slow 4G and CPU) on the built reader and on a plain
 * static HTML page of the same article, both served by `vite preview` with the same headers; interleaved runs,
 * medians of each figure, and the reader/plain LCP ratio. `npx tsx scripts/bench/lighthouse.ts` runs it alone.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import lighthouse from "lighthouse";
import { writePlainSite } from "./plain-page";
import { buildInto, preview, type Served } from "./site";
import { median } from "./stats";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
type Category = (typeof CATEGORIES)[number];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const LCP_RATIO_GOAL = 1.1;
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** One Lighthouse run's figures. */
interface Sample {
  /** Category scores, 0–100. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint, ms. */
  lcp: number;
  /** First Contentful Paint, ms. */
  fcp: number;
  /** Total Blocking Time, ms. */
  tbt: number;
  /** Cumulative Layout Shift. */
  cls: number;
  /** Audits that count towards a score and did not fully pass: `category/audit-id`. */
  failing: string[];
  /** The browser's version, from its user agent. */
  browser: string;
}

/** A headless Chromium that Lighthouse drives over the DevTools protocol. */
interface Browser {
  /** The DevTools port. */
  port: number;
  /** The process. */
  process: ChildProcess;
  /** Its throwaway profile. */
  profile: string;
}

async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (see README) or set CHROMIUM_PATH`);
  }
  const profile = mkdtempSync(join(tmpdir(), "reader-bench-chromium-"));
  const args = [...CHROMIUM_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"];
  const child = spawn(chromiumPath, args, { stdio: "ignore" });
  // With port 0 Chromium picks a free port and writes it on the first line of this file.
  const portFile = join(profile, "DevToolsActivePort");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (existsSync(portFile)) {
      const port = Number(readFileSync(portFile, "utf8").split("\n")[0]);
      if (port > 0) return { port, process: child, profile };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error("Chromium did not open its DevTools port within 30 s");
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
      if (ref.weight > 0 && score !== null && score !== undefined && score < 1)
        failing.push(`${id}/${ref.id}`);
    }
  }
  const browser = /(?:HeadlessChrome|Chrome)\/([\d.]+)/.exec(lhr.environment.hostUserAgent)?.[1] ?? "?";
  return {
    scores,
    lcp: numeric("largest-contentful-paint"),
    fcp: numeric("first-contentful-paint"),
    tbt: numeric("total-blocking-time"),
    cls: numeric("cumulative-layout-shift"),
    failing,
    browser,
  };
}

/** The median of each figure over runs; failing audits are those that failed in any run. */
function summarize(samples: readonly Sample[]): Sample {
  const first = samples[0];
  if (!first) throw new Error("no Lighthouse runs");
  const scores = {} as Record<Category, number>;
  for (const id of CATEGORIES) scores[id] = median(samples.map((s) => s.scores[id]));
  return {
    scores,
    lcp: median(samples.map((s) => s.lcp)),
    fcp: median(samples.map((s) => s.fcp)),
    tbt: median(samples.map((s) => s.tbt)),
    cls: median(samples.map((s) => s.cls)),
    failing: [...new Set(samples.flatMap((s) => s.failing))],
    browser: first.browser,
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function row(label: string, s: Sample): string {
  const scores = CATEGORIES.map((id) => String(s.scores[id]).padStart(5)).join(" ");
  return `  ${label.padEnd(11)} ${scores}   LCP ${seconds(s.lcp)}  FCP ${seconds(s.fcp)}  TBT ${Math.round(s.tbt)} ms  CLS ${s.cls.toFixed(3)}`;
}

/** The benchmark section: Lighthouse on `distDir` (or a fresh build) and on the plain page. */
export async function run(distDir?: string): Promise<string[]> {
  const dist = distDir ?? (await buildInto("lighthouse"));
  const plainDir = writePlainSite();
  const servers: Served[] = [];
  let browser: Browser | undefined;
  try {
    const reader = await preview(dist);
    servers.push(reader);
    const plain = await preview(plainDir);
    servers.push(plain);
    browser = await launchChromium();
    const samples = { reader: [] as Sample[], plain: [] as Sample[] };
    // Interleaved, so a slow moment of the machine weighs on both pages alike.
    for (let i = 0; i < RUNS; i++) {
      samples.reader.push(await audit(reader.url, browser.port));
      samples.plain.push(await audit(plain.url, browser.port));
    }
    const r = summarize(samples.reader);
    const p = summarize(samples.plain);
    const ratio = r.lcp / p.lcp;
    const verdict = ratio <= LCP_RATIO_GOAL ? "goal met" : "GOAL MISSED";
    return [
      `Lighthouse ${lighthouseVersion()} mobile preset (simulated throttling), Chromium ${r.browser}; median of ${RUNS} interleaved runs per page, both served by vite preview (gzip, CSP)`,
      `  ${"".padEnd(11)} ${["perf", "a11y", "best", "seo"].map((h) => h.padStart(5)).join(" ")}`,
      row("reader", r),
      row("plain HTML", p),
      `  LCP ratio reader/plain: ${ratio.toFixed(2)} (goal ≤ ${LCP_RATIO_GOAL.toFixed(2)}) — ${verdict}`,
      `  audits not passing in some run: reader ${r.failing.join(", ") || "none"}; plain ${p.failing.join(", ") || "none"}`,
    ];
  } finally {
    browser?.process.kill();
    for (const s of servers) s.server.kill();
    if (browser) rmSync(browser.profile, { recursive: true, force: true });
    rmSync(plainDir, { recursive: true, force: true });
  }
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(
    readFileSync(new URL("../../node_modules/lighthouse/package.json", import.meta.url), "utf8"),
  ) as {
    version: string;
  };
  return pkg.version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.log((await run(process.argv[2])).join("\n"));
}
