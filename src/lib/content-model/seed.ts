import type { Article } from "./schema";
import { PARAGRAPH_SEPARATOR } from "./assemble-model";

/** One labelled part of the rebuilt original, e.g. `paragraphs[3]`. */
type Part = { field: string; text: string };

/** The original text's parts in order: headline, caption, then paragraphs with the promo reinserted. */
function seedParts(article: Article): Part[] {
  const { headline, caption, paragraphs, promo } = article;
  const body = paragraphs.map((text, i) => ({ field: `paragraphs[${i}]`, text }));
  return [
    { field: "headline", text: headline },
    { field: "caption", text: caption },
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
