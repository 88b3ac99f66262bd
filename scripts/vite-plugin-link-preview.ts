import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { articleSchema } from "../src/content/schema.ts";
import { injectLinkPreview, linkPreviewTags, parseSiteUrl } from "./link-preview.ts";

/**
 * Writes title, description, canonical, Open Graph, Twitter card and NewsArticle JSON-LD into index.html from
 * src/content/article.json. Canonical and og:url need the public address: set SITE_URL at build time; unset,
 * they are left out rather than invented.
 */
export function linkPreview(siteUrl = process.env.SITE_URL): Plugin {
  const site = parseSiteUrl(siteUrl);
  let articlePath = resolve("src/content/article.json");
  return {
    name: "annotated-reader:link-preview",
    configResolved(config) {
      articlePath = resolve(config.root, "src/content/article.json");
    },
    // Re-read on every build and dev reload, so edited content shows without restarting.
    transformIndexHtml(html) {
      const parsed = articleSchema.safeParse(JSON.parse(readFileSync(articlePath, "utf8")));
      if (!parsed.success) {
        throw new Error(`src/content/article.json is invalid for link previews: ${parsed.error.message}`);
      }
      return injectLinkPreview(html, linkPreviewTags({ article: parsed.data, siteUrl: site }));
    },
  };
}
