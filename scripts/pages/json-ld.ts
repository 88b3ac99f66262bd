// The pages' schema.org JSON-LD, typed by schema-dts so a misspelt property or a wrong type fails the typecheck
// instead of publishing data that search engines silently drop. Only what the content states: no URL without
// SITE_URL, no dates (the article file has none). Absent values are `undefined`, which JSON leaves out; object
// literals rather than spreads, so TypeScript checks every property name.
import type { NewsArticle, Person, Quotation, WithContext } from "schema-dts";
import { presentQuote } from "../../src/lib/content-model/quote-voice.ts";
import type { ReaderModel } from "../../src/lib/content-model/types";
import { quotePagePath } from "../../src/lib/deep-link/index.ts";
import { siteHref } from "../link-preview.ts";

/** The article as a schema.org NewsArticle; `description` only on its own page (a quote's names it, briefly). */
function newsArticle(model: ReaderModel, siteUrl: string | null, description?: string): NewsArticle {
  const { article } = model;
  return {
    "@type": "NewsArticle",
    headline: article.headline,
    description,
    inLanguage: description === undefined ? undefined : "en",
    publisher: { "@type": "Organization", name: article.publisher },
    url: siteUrl ?? undefined,
    mainEntityOfPage: siteUrl ?? undefined,
  };
}

/** The article page's JSON-LD. */
export function articleJsonLd(
  model: ReaderModel,
  description: string,
  siteUrl: string | null,
): WithContext<NewsArticle> {
  return { "@context": "https://schema.org", ...newsArticle(model, siteUrl, description) };
}

/**
 * A quote page's JSON-LD: a Quotation of the speaker's words, spoken by the article's speaker, part of the
 * article. Null for narration (the publisher's words: no one's quotation) and for an unknown quote.
 */
export function quotationJsonLd(
  model: ReaderModel,
  quoteId: string,
  siteUrl: string | null,
): WithContext<Quotation> | null {
  const presented = presentQuote(model, quoteId);
  if (presented?.voice !== "speech") return null;
  const { speaker } = model.article;
  const person: Person | undefined = speaker && {
    "@type": "Person",
    name: speaker.name,
    jobTitle: speaker.role,
  };
  return {
    "@context": "https://schema.org",
    "@type": "Quotation",
    text: presented.text,
    spokenByCharacter: person,
    isPartOf: newsArticle(model, siteUrl),
    url: siteUrl === null ? undefined : siteHref(quotePagePath(quoteId), siteUrl),
  };
}
