import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Plugin } from "vite";
import type { ReaderModel } from "../src/lib/content-model/types";
import { headTags, injectLinkPreview, parseSiteUrl } from "./link-preview.ts";
import { injectApp, inlineScripts } from "./prerender.ts";

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
 * draws each page's card (scripts/cards) and writes robots.txt and, when SITE_URL is set, sitemap.xml. The server
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
      serverOutDir = resolve(root, "node_modules/.cache/annotated-reader-prerender");
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
            writePage(outDir, "index.html", injectApp(template, await server.render("/"), "/"));
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
          for (const page of pages) {
            const head = injectLinkPreview(template, headTags(page.head, siteUrl));
            writePage(outDir, page.file, injectApp(head, await server.render(page.path), page.path));
          }
          const rendered = performance.now();
          const { writeCards } = await import("./cards/write-cards.ts");
          const cards = home ? [] : await writeCards(model, outDir);
          writeFileSync(resolve(outDir, "robots.txt"), robotsTxt(siteUrl));
          if (siteUrl !== null) writeFileSync(resolve(outDir, "sitemap.xml"), sitemapXml(pages, siteUrl));
          const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
          const largest = Math.max(0, ...cards.map((c) => c.bytes));
          logger.info(
            `prerendered ${pages.length} pages in ${seconds(started, rendered)} s and drew ${cards.length} cards in ${seconds(rendered, performance.now())} s (largest ${Math.round(largest / 1000)} kB) into ${outDir}`,
          );
        } finally {
          rmSync(serverOutDir, { recursive: true, force: true });
        }
      },
    },
  };
}

/** Writes one page, refusing inline scripts, which the CSP would block. */
function writePage(outDir: string, file: string, html: string): void {
  const inline = inlineScripts(html);
  if (inline.length > 0) {
    throw new Error(`the prerendered ${file} has inline scripts, which the CSP blocks: ${inline.join(" ")}`);
  }
  const path = resolve(outDir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, html);
}
