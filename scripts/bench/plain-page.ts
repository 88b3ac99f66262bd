// The baseline for the Lighthouse comparison: the same article as a plain static HTML page, as its publisher's text
// would be without the reader (headline, caption, paragraphs, minimal CSS), written from src/content/article.json.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { escapeHtml } from "../link-preview";
import { root } from "./site";

/** What the plain page shows. */
export interface PlainArticle {
  /** The headline. */
  headline: string;
  /** The photo caption. */
  caption: string;
  /** Body paragraphs in order. */
  paragraphs: string[];
}

/** Minimal readable typography, as an external file: the page runs under the reader's CSP (no inline style). */
export const PLAIN_CSS = `html{background:#fdfcf9;color:#1d1f24;font:1.125rem/1.6 Georgia,serif}
body{margin:0 auto;max-width:68ch;padding:2rem 1rem}
h1{font-size:2rem;line-height:1.2}
.caption{color:#4a4f59;font-size:.95rem}
`;

/** The plain page's HTML: same language, title, description and theme colour as the reader's head. */
export function plainHtml(article: PlainArticle): string {
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
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    '<link rel="stylesheet" href="/plain.css" />',
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

/** Writes the plain page (with the reader's favicon and robots.txt) into a new temporary folder; returns it. */
export function writePlainSite(): string {
  const dir = mkdtempSync(join(tmpdir(), "reader-bench-plain-"));
  const article = JSON.parse(readFileSync(join(root, "src/content/article.json"), "utf8")) as PlainArticle;
  writeFileSync(join(dir, "index.html"), plainHtml(article));
  writeFileSync(join(dir, "plain.css"), PLAIN_CSS);
  for (const file of ["favicon.svg", "robots.txt"]) copyFileSync(join(root, "public", file), join(dir, file));
  return dir;
}
