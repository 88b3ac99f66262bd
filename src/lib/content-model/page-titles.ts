// The titles of the site's pages, in one place: the build writes them into each page's <title> and link previews
// (scripts/pages/site-pages.ts), and the reader shows the same words in the tab once it moves to another quote or
// theme (src/lib/reader/selectors.ts `documentTitle`), so a tab's title never names a page the reader has left.
import { counted } from "../plural.ts";
import type { ReaderModel } from "./types";

/** Suffix of the document title: this page is an annotated edition, not the publisher's own page. */
export const TITLE_SUFFIX = " — annotated";

/** The longest quote a `<title>` or `og:title` carries whole; longer ones are cut at a word. */
const SHORT_QUOTE = 90;

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** Text in the article's quotation marks: “…”. */
export function quoted(text: string): string {
  return `“${text}”`;
}

/** `in “<headline>”, <publisher>`: where a quote or claim was published. */
export function inArticle(model: ReaderModel): string {
  return `in “${model.article.headline}”, ${model.article.publisher}`;
}

/** How a quote's page is headed when shared (`og:title`): the quote, cut at a word if long, and its speaker. */
export function quoteShareTitle(model: ReaderModel, quoteId: string): string | null {
  const quote = model.quoteById.get(quoteId);
  if (!quote) return null;
  const { speaker } = model.article;
  return `${quoted(shorten(quote.exact, SHORT_QUOTE))}${speaker ? ` — ${speaker.name}` : ""}`;
}

/** How a theme's page is headed when shared: the theme and how many claims it has in the article. */
export function themeShareTitle(model: ReaderModel, themeId: string): string | null {
  const theme = model.themeById.get(themeId);
  if (!theme) return null;
  const claims = model.claims.filter((c) => c.themeId === themeId).length;
  return `${theme.label}: ${counted(claims, "claim")} ${inArticle(model)}`;
}

/** A page's `<title>`: its share title, marked as this annotated edition. */
export function pageTitle(shareTitle: string): string {
  return shareTitle + TITLE_SUFFIX;
}

/** The `<title>` of the article's page, `/`. */
export function articleTitle(model: ReaderModel): string {
  return pageTitle(model.article.headline);
}

/** The `<title>` of the 404 page, and of the reader while it says that its address is no page. */
export function notFoundTitle(model: ReaderModel): string {
  return pageTitle(`Page not found — ${model.article.headline}`);
}
