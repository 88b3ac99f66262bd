/**
 * First-load JS and CSS (gzip) against the budgets. "First load" is everything a visit downloads to get the page
 * painted and hydrated: the built index.html's scripts (module and classic), modulepreloads and stylesheets, every
 * chunk they import statically, and what those entry scripts `import()` themselves (src/main.tsx loads the app
 * after first paint, but on every visit). Chunks only the app imports (the live-briefing panel) are code-split
 * features, listed apart. `npx tsx scripts/bench/budgets.ts [dist]` measures a build alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, posix, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildInto, kB } from "./site";

/** The budgets, in kB (1,000 bytes) of gzip at level 9, as Vite reports sizes. */
export const BUDGETS = { js: 95, css: 10 } as const;

/** One built file and its gzip size. */
export interface Asset {
  /** Path under the build folder, with forward slashes. */
  path: string;
  /** Bytes after gzip -9. */
  gzip: number;
}

/** What a first visit downloads, split by when. */
export interface FirstLoad {
  /** Scripts needed before hydration. */
  js: Asset[];
  /** Stylesheets needed before first paint. */
  css: Asset[];
  /** Scripts loaded later, through `import()` only. */
  lazyJs: Asset[];
}

/** Site-relative URLs of the page's scripts, modulepreloads and stylesheets (external data blocks excluded). */
export function pageAssetUrls(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`, "i").exec(tag)?.[1];
    if (/^<script/i.test(tag)) {
      const src = attr("src");
      if (src !== undefined) js.push(src);
    } else if (attr("rel") === "modulepreload") js.push(attr("href") ?? "");
    else if (attr("rel") === "stylesheet") css.push(attr("href") ?? "");
  }
  return { js, css };
}

/** Specifiers a minified ES module imports statically (`import{a}from"./x.js"`, `import"./y.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  const found = code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g,
  );
  return [...found].map((m) => m[1] ?? "");
}

/** Specifiers a minified ES module loads with `import("…")` (the minifier may quote them with backticks). */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? "");
}

/** Measures the build in `distDir`. */
export function measureFirstLoad(distDir: string): FirstLoad {
  const html = readFileSync(join(distDir, "index.html"), "utf8");
  const urls = pageAssetUrls(html);
  const size = (path: string): Asset => ({
    path,
    gzip: gzipSync(readFileSync(join(distDir, path)), { level: 9 }).length,
  });
  const toPath = (url: string) => url.replace(/^\//, "");

  const js = new Set<string>();
  const read = (path: string) => readFileSync(join(distDir, path), "utf8");
  const resolveSpec = (from: string, spec: string) =>
    spec.startsWith("/") ? toPath(spec) : posix.join(posix.dirname(from), spec);
  const visit = (path: string) => {
    if (js.has(path)) return;
    js.add(path);
    for (const spec of staticImports(read(path))) if (/^[./]/.test(spec)) visit(resolveSpec(path, spec));
  };
  const entries = urls.js.map(toPath);
  for (const entry of entries) visit(entry);
  // What the entry scripts fetch at start-up is first-load too, however they fetch it.
  for (const entry of entries.filter((p) => p.endsWith(".js"))) {
    for (const spec of dynamicImports(read(entry))) if (/^[./]/.test(spec)) visit(resolveSpec(entry, spec));
  }

  const allJs = readdirSync(join(distDir, "assets"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => `assets/${f}`);
  return {
    js: [...js].map(size),
    css: urls.css.map((url) => size(toPath(url))),
    lazyJs: allJs.filter((p) => !js.has(p)).map(size),
  };
}

/** The total gzip bytes of `assets`. */
export function total(assets: readonly Asset[]): number {
  return assets.reduce((sum, a) => sum + a.gzip, 0);
}

/** The report lines for a measured build, each budget marked met or exceeded. */
export function describeFirstLoad(load: FirstLoad): string[] {
  const line = (label: string, assets: Asset[], budget: number) => {
    const bytes = total(assets);
    const verdict = bytes <= budget * 1000 ? "within budget" : "OVER BUDGET";
    const files = assets.map((a) => `${a.path} ${kB(a.gzip)}`).join(", ");
    return `  ${label}: ${kB(bytes)} gzip of ${budget} kB — ${verdict} (${files})`;
  };
  return [
    "First load (gzip -9; kB = 1,000 bytes): index.html's scripts and stylesheets, their static imports and the app the entry loads after first paint",
    line("JS ", load.js, BUDGETS.js),
    line("CSS", load.css, BUDGETS.css),
    `  Code-split, loaded by the app itself: ${load.lazyJs.map((a) => `${a.path} ${kB(a.gzip)}`).join(", ") || "none"}`,
  ];
}

/** Whether the build meets both budgets. */
export function withinBudgets(load: FirstLoad): boolean {
  return total(load.js) <= BUDGETS.js * 1000 && total(load.css) <= BUDGETS.css * 1000;
}

/** The benchmark section: measures `distDir`, or a fresh build when none is given. */
export async function run(distDir?: string): Promise<string[]> {
  const dist = distDir ?? (await buildInto("budgets"));
  return Promise.resolve(describeFirstLoad(measureFirstLoad(dist)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dist = process.argv[2] ? resolve(process.argv[2]) : undefined;
  const lines = await run(dist);
  console.log(lines.join("\n"));
  if (dist) console.log(`  (measured ${relative(process.cwd(), dist) || "."})`);
}
