// The JS and CSS of one page view, measured in the browser: every file a visit fetches without interaction (until
// it is hydrated and the network has been quiet for a second, so chunks loaded after hydration count), sized as
// gzip -9 of the bytes received, and labelled with when it loads from Vite's build manifest. The bench prints it;
// e2e/budgets.spec.ts enforces it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page, Request } from "@playwright/test";
import type { SizeBudgets } from "./budgets-config";
import { kB } from "./figures";

/** One chunk of dist/.vite/manifest.json (the fields read here), keyed by its source. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * When a file loads. `entry`: the app's entry module (src/main.tsx, which src/boot.ts loads after first paint) and
 * its static imports: everything hydration waits for. `lazy`: loaded by the app through `import()`, so hydration
 * must not wait for it, or a worker script (built, but not in the manifest) first requested after hydration.
 * `public`: any other JS requested before hydration (a file from public/, say). `stylesheet`: any CSS.
 * `document`: the page's HTML itself.
 */
export type Stage = "entry" | "lazy" | "public" | "stylesheet" | "document";

/** One file the page fetched. */
export interface Fetched {
  /** Site path without the leading "/". */
  path: string;
  stage: Stage;
  /** Bytes after decoding (as on disk). */
  bytes: number;
  /** Bytes after gzip -9; for the document, the bytes transferred (headers and the body as the server compressed it). */
  gzip: number;
}

/** A page view's files, and its totals in bytes of gzip -9 under the names of the budgets they meet. */
export interface PageView extends Record<keyof SizeBudgets, number> {
  files: Fetched[];
}

export function readManifest(dist: string): Manifest {
  return JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Manifest;
}

/** Each built JS file's stage (site paths). */
export function stages(manifest: Manifest): Map<string, Stage> {
  const entry = new Set<string>();
  const visit = (key: string) => {
    if (entry.has(key)) return;
    entry.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  Object.keys(manifest)
    .filter((key) => manifest[key]?.isEntry)
    .forEach(visit);
  const result = new Map<string, Stage>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.file.endsWith(".js")) continue;
    result.set(chunk.file, entry.has(key) ? "entry" : "lazy");
  }
  return result;
}

/** Loads `url` in `page` (a fresh context: nothing cached) and returns the JS and CSS it fetched. */
export async function measurePageView(page: Page, url: string, manifest: Manifest): Promise<PageView> {
  const staged = stages(manifest);
  const pending = new Set<Request>();
  let lastActivity = Date.now();
  // When the page set <html data-hydrated>, by its own clock: a worker script requested after it loads after
  // hydration (Playwright's request times are epoch ms too).
  await page.addInitScript(() => {
    // On the document (its <html> does not exist yet when this runs).
    new MutationObserver((_, observer) => {
      if (!document.documentElement.hasAttribute("data-hydrated")) return;
      (window as { hydratedAt?: number }).hydratedAt = Date.now();
      observer.disconnect();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-hydrated"] });
  });
  const finished: Request[] = [];
  page.on("request", (request) => {
    pending.add(request);
    lastActivity = Date.now();
  });
  page.on("requestfailed", (request) => pending.delete(request));
  page.on("requestfinished", (request) => {
    finished.push(request);
    pending.delete(request);
    lastActivity = Date.now();
  });
  const navigation = await page.goto(url, { waitUntil: "load" });
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 60_000 });
  const deadline = Date.now() + 60_000;
  while (pending.size > 0 || Date.now() - lastActivity < 1000) {
    if (Date.now() > deadline) throw new Error(`the network never went quiet on ${url}`);
    await page.waitForTimeout(200);
  }
  const hydratedAt = await page.evaluate(() => (window as { hydratedAt?: number }).hydratedAt ?? Infinity);
  const sized = finished.map((request) => size(request, staged, request.timing().startTime > hydratedAt));
  const files = (await Promise.all(sized)).filter((f): f is Fetched => f !== null);
  if (navigation === null) throw new Error(`no response for ${url}`);
  const sizes = await navigation.request().sizes();
  const html = sizes.responseHeadersSize + sizes.responseBodySize;
  files.unshift({
    path: new URL(navigation.url()).pathname.slice(1) || "index.html",
    stage: "document",
    bytes: (await navigation.body()).length,
    gzip: html,
  });
  const sum = (keep: (f: Fetched) => boolean) => files.filter(keep).reduce((n, f) => n + f.gzip, 0);
  const isJs = (f: Fetched) => f.stage !== "stylesheet" && f.stage !== "document";
  return {
    files,
    jsPerView: sum(isJs),
    preHydrationJs: sum((f) => isJs(f) && f.stage !== "lazy"),
    css: sum((f) => f.stage === "stylesheet"),
    html,
  };
}

async function size(
  request: Request,
  staged: ReadonlyMap<string, Stage>,
  afterHydration: boolean,
): Promise<Fetched | null> {
  const response = await request.response();
  const type = response?.headers()["content-type"] ?? "";
  const isJs = type.includes("javascript");
  if (!response || (!isJs && !type.includes("text/css"))) return null;
  const body = await response.body();
  const path = new URL(request.url()).pathname.slice(1);
  const stage = isJs ? (staged.get(path) ?? (afterHydration ? "lazy" : "public")) : "stylesheet";
  return { path, stage, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

const STAGE_LABELS: Record<Stage, string> = {
  public: "other script before hydration",
  entry: "entry (before hydration)",
  lazy: "after hydration (import() or worker)",
  stylesheet: "stylesheet",
  document: "HTML (transferred: headers + body)",
};

const BUDGET_LABELS: Record<keyof SizeBudgets, string> = {
  jsPerView: "JS per page view",
  preHydrationJs: "pre-hydration JS",
  css: "CSS",
  html: "HTML",
};

/** The budgets `view` exceeds. */
export function overBudget(view: PageView, budgets: SizeBudgets): (keyof SizeBudgets)[] {
  return (Object.keys(budgets) as (keyof SizeBudgets)[]).filter((name) => view[name] > budgets[name] * 1000);
}

/**
 * A table of the files of each view (e.g. one per viewport) and their totals against the goals and the enforced
 * budgets, then the built chunks no view fetched (loaded on interaction only).
 */
export function describePageViews(
  views: readonly { label: string; view: PageView }[],
  manifest: Manifest,
  goals: SizeBudgets,
  enforced: SizeBudgets,
): string[] {
  const all = views.flatMap(({ view }) => view.files);
  const paths = [...new Set(all.map((f) => f.path))];
  const rows = paths.map((path) => {
    const file = all.find((f) => f.path === path) as Fetched;
    const where = views.filter(({ view }) => view.files.some((f) => f.path === path)).map((v) => v.label);
    return `  ${path.padEnd(36)} ${STAGE_LABELS[file.stage].padEnd(37)} ${kB(file.bytes).padStart(9)} ${kB(file.gzip).padStart(8)}   ${where.join(", ")}`;
  });
  const totals = (Object.keys(goals) as (keyof SizeBudgets)[]).map((name) => {
    const values = views.map(({ view }) => view[name]);
    const worst = Math.max(...values);
    const goal = goals[name] * 1000;
    const verdict = worst <= goal ? "met" : `MISSED by ${kB(worst - goal)}`;
    const gate = worst <= enforced[name] * 1000 ? "within" : "OVER";
    return `  ${BUDGET_LABELS[name].padEnd(16)} ${values.map(kB).join(" / ")} — goal ≤ ${goals[name]} kB: ${verdict}; ${gate} the enforced budget (≤ ${enforced[name]} kB)`;
  });
  const unfetched = [...stages(manifest).keys()].filter((path) => !paths.includes(path));
  return [
    `  ${"file".padEnd(36)} ${"loads as".padEnd(37)} ${"size".padStart(9)} ${"gzip -9".padStart(8)}   fetched at`,
    ...rows,
    `  Totals (${views.map((v) => v.label).join(" / ")}; gzip -9, kB = 1,000 bytes):`,
    ...totals,
    `  Built JS not fetched without interaction: ${unfetched.join(", ") || "none"}`,
  ];
}
