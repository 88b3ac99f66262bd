import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import type { ReaderModel } from "../src/lib/content-model/types";
import { headTags, injectLinkPreview, parseSiteUrl } from "./link-preview.ts";
import { allowInlineStyles } from "./csp.ts";
import { criticalCss, type CriticalCss } from "./critical-css.ts";
import { BOOT_STATES, hashSource } from "./inline-boot.ts";
import { deferAssets, injectApp, inlineCode } from "./prerender.ts";

/** The server entry that renders the app (see its comment). */
const SERVER_ENTRY = "src/entry-server.tsx";

/** What the server build of src/entry-server.tsx exports. */
interface ServerEntry {
  render: (path: string) => Promise<string>;
  readerModel: () => ReaderModel | null;
}

/**
 * Makes `vite build` (and so `npm run build`) prerender the site: it builds the browser app, then one server build
 * of src/entry-server.tsx, and renders with it every page (scripts/pages/site-pages.ts): `/`, each theme's
 * `/t/<id>/`, each quote's `/q/<id>/` and `404.html`, each with its own head, from the built index.html. Then it
 * draws each page's card (scripts/cards) and writes robots.txt, `_redirects` (scripts/pages/redirects.ts) and, when
 * SITE_URL is set, sitemap.xml. The server
 * build is a temporary file under node_modules/.cache, never deployed.
 *
 * `READER_PAGES=home` prerenders `/` alone and draws no card: the bench's baseline for what the pages cost.
 */
export function prerender(siteUrlSetting = process.env.SITE_URL): Plugin {
  const siteUrl = parseSiteUrl(siteUrlSetting);
  let serverOutDir = "";
  return {
    name: "annotated-reader:prerender",
    apply: "build",
    config(config) {
      const root = resolve(config.root ?? ".");
      // One server build per output folder: builds into other folders at the same time (the e2e tests' live sites,
      // one per worker) must not empty each other's.
      const outDir = resolve(root, config.build?.outDir ?? "dist");
      const folder = createHash("sha256").update(outDir).digest("hex").slice(0, 12);
      serverOutDir = resolve(root, "node_modules/.cache/annotated-reader-prerender", folder);
      return {
        // An app build (client and server environments), as `vite build --app` would do.
        builder: {},
        environments: {
          ssr: {
            build: {
              outDir: serverOutDir,
              emptyOutDir: true,
              copyPublicDir: false,
              rollupOptions: { input: resolve(root, SERVER_ENTRY) },
            },
          },
        },
      };
    },
    buildApp: {
      order: "pre",
      async handler(builder) {
        const { client, ssr } = builder.environments;
        if (!client || !ssr) throw new Error("prerender needs the client and ssr build environments");
        await builder.build(client);
        await builder.build(ssr);
        const { logger } = builder.config;
        const outDir = resolve(client.config.root, client.config.build.outDir);
        const started = performance.now();
        try {
          const entry = resolve(serverOutDir, "entry-server.js");
          const server = (await import(pathToFileURL(entry).href)) as ServerEntry;
          const template = readFileSync(resolve(outDir, "index.html"), "utf8");
          const model = server.readerModel();
          if (model === null) {
            // Invalid content: the page is the error list (the content plugin has warned); nothing else to build.
            const html = injectApp(template, await server.render("/"), "/");
            writePages(outDir, [{ file: "index.html", html }]);
            return;
          }
          if (siteUrl === null) {
            logger.warn(
              "SITE_URL is not set: og:url and og:image are root-relative, which most link unfurlers cannot follow, and canonical links and sitemap.xml are left out. Set SITE_URL=https://…/ to the site's public address when building for deployment.",
            );
          }
          const { robotsTxt, sitemapXml, sitePages } = await import("./pages/site-pages.ts");
          const home = process.env.READER_PAGES === "home";
          const pages = sitePages(model, siteUrl).filter((page) => !home || page.path === "/");
          const rendered: RenderedPage[] = [];
          for (const page of pages) {
            const head = injectLinkPreview(template, headTags(page.head, siteUrl));
            rendered.push({
              file: page.file,
              html: injectApp(head, await server.render(page.path), page.path),
            });
          }
          const critical = writePages(outDir, rendered);
          logger.info(critical);
          const drawn = performance.now();
          const { writeCards } = await import("./cards/write-cards.ts");
          const cards = home ? [] : await writeCards(model, outDir);
          writeFileSync(resolve(outDir, "robots.txt"), robotsTxt(siteUrl));
          const { redirectsFile, siteRedirects } = await import("./pages/redirects.ts");
          writeFileSync(
            resolve(outDir, "_redirects"),
            redirectsFile(siteRedirects(pages.map((p) => p.path))),
          );
          if (siteUrl !== null) writeFileSync(resolve(outDir, "sitemap.xml"), sitemapXml(pages, siteUrl));
          const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
          const largest = Math.max(0, ...cards.map((c) => c.bytes));
          logger.info(
            `prerendered ${pages.length} pages in ${seconds(started, drawn)} s and drew ${cards.length} cards in ${seconds(drawn, performance.now())} s (largest ${Math.round(largest / 1000)} kB) into ${outDir}`,
          );
        } finally {
          rmSync(serverOutDir, { recursive: true, force: true });
        }
      },
    },
  };
}

/** A page rendered into the built index.html, not yet written. */
interface RenderedPage {
  file: string;
  html: string;
}

/**
 * Which pages share one inline set of first-paint CSS: the home page with the quote pages (a quote page shows all
 * the home page does and a little more: its set is the home page's plus 0.6 kB), the theme pages, the 404 page.
 * Pages of a group differ only in the state they show, so each group's set is taken from one page of each kind in
 * it. Three sets, not one per page: `_headers` has one policy for every path, carrying every set's hash, and its
 * bytes go with every response; one set for all pages made a quote page's HTML 0.4 kB larger, past a new
 * connection's first round trip (14.6 kB).
 */
function cssGroup(file: string): string {
  if (file === "index.html" || file.startsWith("q/")) return "reader";
  return file.startsWith("t/") ? "theme" : file;
}

/**
 * Writes the pages, each with the CSS its first paint needs inline and its stylesheet and app left for after
 * first paint (scripts/prerender.ts `deferAssets`), and adds the inline CSS's hashes to each page's CSP `<meta>`
 * and to `_headers` (`cssGroup` says which pages share a set). Returns a line for the build log.
 */
function writePages(outDir: string, pages: readonly RenderedPage[]): string {
  const [home] = pages;
  if (home === undefined) throw new Error("no page to write");
  const css = readFileSync(resolve(outDir, stylesheetPath(home.html)), "utf8");
  // One page of each kind (home, quote, theme, 404) in each group.
  const samples = new Map<string, Map<string, string>>();
  for (const page of pages) {
    const group = cssGroup(page.file);
    const kind = page.file.split("/")[0] ?? page.file;
    const kinds = samples.get(group) ?? new Map<string, string>();
    if (!kinds.has(kind)) kinds.set(kind, page.html);
    samples.set(group, kinds);
  }
  const sets = new Map<string, CriticalCss>();
  for (const [group, kinds] of samples) sets.set(group, criticalCss(css, [...kinds.values()], BOOT_STATES));
  const setOf = (page: RenderedPage) => sets.get(cssGroup(page.file)) as CriticalCss;
  const hashes = [...new Set([...sets.values()].map((set) => set.css))].map(hashSource);
  for (const page of pages) {
    const html = allowInlineStyles(deferAssets(page.html, setOf(page).css), hashes);
    checkInlineCode(page.file, html);
    const path = resolve(outDir, page.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, html);
  }
  const headers = resolve(outDir, "_headers");
  writeFileSync(headers, allowInlineStyles(readFileSync(headers, "utf8"), hashes));
  const sizes = [...sets].map(([group, set]) => `${(set.css.length / 1000).toFixed(1)} kB (${group})`);
  return `inlined the CSS of the first paint: ${sizes.join(", ")} of ${(css.length / 1000).toFixed(1)} kB`;
}

/** The stylesheet the built page links (its site path, without the leading "/"). */
function stylesheetPath(html: string): string {
  const href = /<link rel="stylesheet"[^>]*\bhref="\/([^"]+)"/.exec(html)?.[1];
  if (href === undefined) throw new Error("the built index.html links no stylesheet");
  return href;
}

/** Refuses a page whose inline script or style its own CSP `<meta>` does not allow by hash. */
function checkInlineCode(file: string, html: string): void {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? "";
  const { scripts, styles } = inlineCode(html);
  const blocked = [...scripts, ...styles].filter((code) => !policy.includes(hashSource(code)));
  if (blocked.length > 0) {
    throw new Error(
      `the prerendered ${file} has inline code its CSP does not allow by hash: ${blocked.map((c) => c.slice(0, 60)).join(" | ")}`,
    );
  }
}
