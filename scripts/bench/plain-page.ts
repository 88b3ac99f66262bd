// The baselines of the Lighthouse section: the same article as a plain static page, as its publisher's text would
// be without the reader (headline, caption, paragraphs, a few lines of CSS), written from src/content/articles/stoltenberg-war-of-attrition/article.json.
// The floor has its CSS inline; the older baseline loads the same CSS as a file, paying the round trip the reader
// pays for its stylesheet, which made the reader look as fast as the floor.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { escapeHtml } from "../link-preview";
import { root } from "./site";

/** What the plain page shows. */
interface PlainArticle {
  headline: string;
  caption: string;
  paragraphs: string[];
}

const CSS = `html{background:#fdfcf9;color:#1d1f24;font:1.125rem/1.6 Georgia,serif}
body{margin:0 auto;max-width:68ch;padding:2rem 1rem}
h1{font-size:2rem;line-height:1.2}
.caption{color:#4a4f59;font-size:.95rem}
`;

/** Site paths of the two plain pages, and of the reader's own markup without its CSS and script. */
export const PLAIN_PAGES = {
  inline: "plain-inline.html",
  external: "plain-external-css.html",
  markupOnly: "reader-markup-only.html",
} as const;

/** The plain page's HTML: same language, title, description and theme colour as the reader's head. */
function plainHtml(article: PlainArticle, css: "inline" | "external"): string {
  const description = article.paragraphs[0] ?? article.headline;
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(article.headline)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}" />`,
    '<meta name="theme-color" content="#fdfcf9" />',
    '<link rel="icon" href="/favicon.png" type="image/png" sizes="32x32" />',
    css === "inline" ? `<style>${CSS}</style>` : '<link rel="stylesheet" href="/plain.css" />',
    "</head>",
    "<body>",
    "<main>",
    "<article>",
    `<h1>${escapeHtml(article.headline)}</h1>`,
    `<p class="caption">${escapeHtml(article.caption)}</p>`,
    ...article.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    "</article>",
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * The reader's prerendered page without its inline CSS, its inline boot script and what that fetches after first
 * paint (the stylesheet, the app): not a page anyone would ship, but the bound on what the reader's markup alone
 * costs its first paint. The reader sends nothing else before first paint, so this is also the bound on what
 * any CSS strategy can reach with this markup.
 */
function markupOnly(readerHtml: string): string {
  const parts = [
    /<style>[^]*?<\/style>/,
    /<script type="application\/json" id="deferred">[^]*?<\/script>/,
    /<noscript>[^]*?<\/noscript>/,
    /<script>[^]*?<\/script>/,
  ];
  let stripped = readerHtml;
  for (const part of parts) {
    if (!part.test(stripped))
      throw new Error(`the reader's index.html has no ${part.source.slice(0, 20)}… to remove`);
    stripped = stripped.replace(part, "");
  }
  return stripped;
}

/**
 * Writes both plain pages (and plain.css) and the markup-only reader into `dir`, a copy of the built site, so that one server with one set of
 * headers serves all pages. Returns the CSP source ('sha256-…') that allows the floor's inline `<style>`.
 */
export function writePlainPages(dir: string): string {
  const article = JSON.parse(
    readFileSync(join(root, "src/content/articles/stoltenberg-war-of-attrition/article.json"), "utf8"),
  ) as PlainArticle;
  writeFileSync(join(dir, PLAIN_PAGES.inline), plainHtml(article, "inline"));
  writeFileSync(join(dir, PLAIN_PAGES.external), plainHtml(article, "external"));
  writeFileSync(join(dir, "plain.css"), CSS);
  writeFileSync(join(dir, PLAIN_PAGES.markupOnly), markupOnly(readFileSync(join(dir, "index.html"), "utf8")));
  return `sha256-${createHash("sha256").update(CSS).digest("base64")}`;
}
