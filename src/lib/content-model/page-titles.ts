// The titles of the site's pages, in one place: the build writes them into each page's <title> and link previews
// (scripts/pages/site-pages.ts), and the reader shows the same words in the tab once it moves to another quote or
// theme (src/lib/reader/selectors.ts `documentTitle`), so a tab's title never names a page the reader has left.
import { counted } from "../plural.ts";
import { asSentence, presentQuote, quoted, quotingLine, reportLabel, speakerLine } from "./quote-voice.ts";
import type { ReaderModel } from "./types";

export { quoted };

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

/** `in “<headline>”, <publisher>`: where a quote or claim was published. */
export function inArticle(model: ReaderModel): string {
  return `in ${quoted(model.article.headline)}, ${model.article.publisher}`;
}

/** A shortened text whose quotation marks still pair up (a cut inside a quotation closes it after the “…”). */
function shortenQuoting(text: string, max: number): string {
  const cut = shorten(text, max);
  return cut.split("“").length > cut.split("”").length ? `${cut}”` : cut;
}

/**
 * How a quote's page is headed when shared (`og:title`), cut at a word if long: the speaker's own words in
 * quotation marks and his name; narration as the publisher's report (`RFE/RL reports: …`), never signed by him.
 */
export function quoteShareTitle(model: ReaderModel, quoteId: string): string | null {
  const presented = presentQuote(model, quoteId);
  if (!presented) return null;
  if (presented.voice === "narration") {
    return `${reportLabel(model)}: ${shortenQuoting(presented.text, SHORT_QUOTE)}`;
  }
  const { speaker } = model.article;
  return `${quoted(shorten(presented.text, SHORT_QUOTE))}${speaker ? ` — ${speaker.name}` : ""}`;
}

/** A quote page's description: the whole quote, attributed as `quoteShareTitle` does, and where it was published. */
export function quoteDescription(model: ReaderModel, quoteId: string): string | null {
  const presented = presentQuote(model, quoteId);
  if (!presented) return null;
  if (presented.voice === "narration") {
    const quoting = quotingLine(model, presented);
    const report = asSentence(presented.text);
    const source = `${reportLabel(model)} in ${quoted(model.article.headline)}`;
    return `${source}: ${report}${quoting ? ` ${quoting}.` : ""}`;
  }
  const speaker = speakerLine(model);
  return `${quoted(presented.text)} — ${speaker ? `${speaker}, ` : "quoted "}${inArticle(model)}.`;
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
