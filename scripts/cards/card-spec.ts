// What each card says, as data: one card for the article, one per theme, one per quote. Pure: tested without fonts.
import {
  presentQuote,
  quoted,
  quotingLine,
  reportLabel,
  speakerLine,
} from "../../src/lib/content-model/quote-voice.ts";
import type { ReaderModel } from "../../src/lib/content-model/types";
import { quotePagePath, themePagePath } from "../../src/lib/deep-link/index.ts";
import { counted } from "../../src/lib/plural.ts";
import { articleColors, themeColors, type CardColors } from "./palette.ts";

/** One card's content, ready for layout. */
export interface CardSpec {
  /** The page the card belongs to (`/`, `/t/<id>/`, `/q/<id>/`); the PNG is `card.png` in that folder. */
  page: string;
  /** What the card shows, for messages: `quote "<id>"`, `theme "<id>"`, `the article`. */
  subject: string;
  /** The short line at the top: the theme's name, or what the page is. */
  kicker: string;
  /**
   * The card's main text: the speaker's words in typographic quotes, the publisher's narration (the speaker's words
   * inside it quoted), a theme's description, or the headline.
   */
  main: string;
  /**
   * `quote` sets the main text as a quotation (the speaker's words), `report` as the publisher's narration under
   * a label saying so (no quotation styling), `title` as a heading.
   */
  mainStyle: "quote" | "report" | "title";
  /** Above a `report`'s text: whose report it is ("RFE/RL reports"); null otherwise. */
  label: string | null;
  /** The line under the main text: who said the quote, whom a report quotes, or how many claims; null for none. */
  byline: string | null;
  /** The article the card comes from, shown at the foot (null on the article's own card, whose main text it is). */
  headline: string | null;
  publisher: string;
  colors: CardColors;
  /** The card described in words, for `og:image:alt`. */
  alt: string;
}

/** The site path of a page's card image. */
export function cardPath(page: string): string {
  return `${page}card.png`;
}

export { quoted, speakerLine };

/** Every card the site has: the article's, then each theme's, then each quote's in reading order. */
export function cardSpecs(model: ReaderModel): CardSpec[] {
  const { article } = model;
  const speaker = speakerLine(model);
  const source = `from “${article.headline}”, ${article.publisher}`;
  const articleCard: CardSpec = {
    page: "/",
    subject: "the article",
    kicker: `Annotated: ${counted(model.claims.length, "claim")} in ${counted(model.themes.length, "theme")}`,
    main: article.headline,
    mainStyle: "title",
    label: null,
    byline: null,
    headline: null,
    publisher: article.publisher,
    colors: articleColors(),
    alt: `“${article.headline}”, ${article.publisher}, annotated: ${counted(model.claims.length, "claim")} in ${counted(model.themes.length, "theme")}, each linked to its quote.`,
  };
  const themeCards = model.themes.map((theme): CardSpec => {
    const claims = model.claims.filter((c) => c.themeId === theme.id).length;
    return {
      page: themePagePath(theme.id),
      subject: `theme "${theme.id}"`,
      kicker: theme.label,
      main: theme.description,
      mainStyle: "title",
      label: null,
      byline: `${counted(claims, "claim")}, each linked to its quote`,
      headline: article.headline,
      publisher: article.publisher,
      colors: themeColors(theme.color),
      alt: `${theme.label}: ${theme.description} ${counted(claims, "claim")} ${source}.`,
    };
  });
  const quoteCards = model.quotes.map((quote): CardSpec => {
    const theme = model.themeById.get(quote.themeId);
    const presented = presentQuote(model, quote.id);
    const report = presented?.voice === "narration";
    const text = presented?.text ?? quote.exact;
    const byline = report ? quotingLine(model, presented) : speaker && `— ${speaker}`;
    const alt = report
      ? `${reportLabel(model)}: ${text}, ${source}.${byline ? ` ${byline}.` : ""}`
      : `${quoted(text)}${byline ? ` ${byline}` : ""}, ${source}.`;
    return {
      page: quotePagePath(quote.id),
      subject: `quote "${quote.id}"`,
      kicker: theme?.label ?? "",
      main: report ? text : quoted(text),
      mainStyle: report ? "report" : "quote",
      label: report ? reportLabel(model) : null,
      byline,
      headline: article.headline,
      publisher: article.publisher,
      colors: themeColors(theme?.color ?? "slate"),
      alt: `${alt} Theme: ${theme?.label ?? ""}.`,
    };
  });
  return [articleCard, ...themeCards, ...quoteCards];
}
