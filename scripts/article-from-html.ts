// A saved web page as an article draft: Readability finds the article in it (dropping scripts, styles, navigation
// and the rest of the page), and its headline, byline, site name and published time where the page states them.
import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { oneLine, statedDate, type ArticleDraft } from "../src/lib/content-model/draft-article.ts";

/** The elements whose text is one paragraph of the article. */
const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

/** The article in a saved page, or null when Readability finds none. */
export function draftFromHtml(html: string): ArticleDraft | null {
  // No URL and no script execution: the page is only read.
  const page = new JSDOM(html).window.document;
  // The headline as the article prints it: its one <h1>, read before Readability takes the page apart. Else the
  // page's title, which often ends with the site's name.
  const h1s = page.querySelectorAll("h1");
  const printed = h1s.length === 1 ? oneLine(h1s[0]?.textContent ?? "") : "";
  const found = new Readability(page).parse();
  if (!found?.content) return null;
  const body = new JSDOM(found.content).window.document.body;
  const blocks = Array.from(body.querySelectorAll(BLOCKS));
  // A block holding other blocks (a list item of paragraphs) gives its text through them.
  const paragraphs = blocks
    .filter((block) => block.querySelector(BLOCKS) === null)
    .map((block) => oneLine(block.textContent))
    .filter((text) => text !== "");
  const headline = printed || oneLine(found.title ?? "");
  return {
    headline,
    // Readability may repeat the headline as the body's first line.
    paragraphs: paragraphs[0] === headline ? paragraphs.slice(1) : paragraphs,
    ...(found.byline ? { byline: oneLine(found.byline) } : {}),
    ...(statedDate(found.publishedTime) ? { date: statedDate(found.publishedTime) } : {}),
    ...(found.siteName ? { publisher: oneLine(found.siteName) } : {}),
  };
}
