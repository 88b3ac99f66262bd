import type { Article } from "./schema";
import { PARAGRAPH_SEPARATOR } from "./assemble-model";

/** One labelled part of the rebuilt original, e.g. `paragraphs[3]`. */
type Part = { field: string; text: string };

/**
 * The original text's parts in order: headline, caption, then paragraphs with the promo reinserted (the caption and
 * promo only where the article has them).
 */
function seedParts(article: Article): Part[] {
  const { headline, caption, paragraphs, promo } = article;
  const body = paragraphs.map((text, i) => ({ field: `paragraphs[${i}]`, text }));
  const captionPart = caption === undefined ? [] : [{ field: "caption", text: caption }];
  if (!promo) return [{ field: "headline", text: headline }, ...captionPart, ...body];
  return [
    { field: "headline", text: headline },
    ...captionPart,
    ...body.slice(0, promo.afterParagraph),
    { field: "promo.title", text: promo.title },
    { field: "promo.text", text: promo.text },
    ...body.slice(promo.afterParagraph),
  ];
}

/** The original article text as article.json claims it was: every part joined by a blank line. */
export function rebuildSeedText(article: Article): string {
  return seedParts(article)
    .map((p) => p.text)
    .join(PARAGRAPH_SEPARATOR);
}

/** Where the rebuilt text first departs from the seed, or null if it matches it verbatim. */
export type SeedMismatch = {
  /** The article field holding the first differing character (or the separator after it). */
  field: string;
  /** Offset of the first difference in the seed text. */
  offset: number;
  /** 1-based line of the first difference in the seed text. */
  line: number;
  /** The seed text from the difference on (a short excerpt). */
  seedExcerpt: string;
  /** The rebuilt text from the difference on (a short excerpt). */
  rebuiltExcerpt: string;
};

const EXCERPT = 40;

/** Compare the rebuilt article with the seed; a single trailing newline in the seed file is not content. */
export function compareWithSeed(article: Article, seedText: string): SeedMismatch | null {
  const seed = seedText.replace(/\r?\n$/, "");
  const rebuilt = rebuildSeedText(article);
  if (seed === rebuilt) return null;
  let offset = 0;
  while (offset < seed.length && offset < rebuilt.length && seed[offset] === rebuilt[offset]) offset++;

  let field = "(after the last paragraph)";
  let partStart = 0;
  for (const part of seedParts(article)) {
    if (offset < partStart + part.text.length + PARAGRAPH_SEPARATOR.length) {
      field = part.field;
      break;
    }
    partStart += part.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return {
    field,
    offset,
    line: seed.slice(0, offset).split("\n").length,
    seedExcerpt: seed.slice(offset, offset + EXCERPT),
    rebuiltExcerpt: rebuilt.slice(offset, offset + EXCERPT),
  };
}

/** How many of the seed's parts (blank-line separated) the article's rebuilt text has verbatim: how near they are. */
export function sharedParts(article: Article, seedText: string): number {
  const parts = new Set(seedParts(article).map((p) => p.text));
  return seedText.split(PARAGRAPH_SEPARATOR).filter((part) => parts.has(part.replace(/\r?\n$/, ""))).length;
}

/**
 * Which article each original text is of: the one sharing most of its paragraphs (so an edit anywhere, the
 * headline included, still shows as a difference from the right article); with a single article, that article,
 * as before there were several. A seed sharing nothing with any of several articles is no article's. Returns, per
 * article index, the seeds to compare it with; `null` articles (invalid) are never chosen.
 */
export function assignSeeds<S extends { text: string }>(
  articles: readonly (Article | null)[],
  seeds: readonly S[],
): S[][] {
  const assigned = articles.map((): S[] => []);
  for (const seed of seeds) {
    let best = articles.length === 1 && articles[0] ? 0 : -1;
    let bestShared = 0;
    articles.forEach((article, i) => {
      const shared = article ? sharedParts(article, seed.text) : 0;
      if (shared > bestShared) [best, bestShared] = [i, shared];
    });
    if (best >= 0) assigned[best]?.push(seed);
  }
  return assigned;
}
