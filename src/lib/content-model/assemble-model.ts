// Kept free of zod and the anchoring library: the browser imports this file alone (see src/content/index.ts).
import type { Article, Theme } from "../../content/schema";
import type { TextRange } from "../text-range";
import type { BuildResult, Claim, ContentError, ParagraphRange, ReaderModel } from "./types";

/** The separator between paragraphs in the text that quotes anchor against. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * What the build computes from the content files and ships to the browser as JSON: the validated, anchored
 * content (lookups are rebuilt by `assembleReaderModel`), or every content error found.
 */
export type CompiledContent =
  | {
      ok: true;
      article: Article;
      /** Themes in file order. */
      themes: Theme[];
      /** Claims in file order, with their anchored and orphaned quotes. */
      claims: Claim[];
    }
  | {
      ok: false;
      /** Every error found, for the error page. */
      errors: ContentError[];
    };

/** The text every quote anchors against. */
export function articleText(article: Pick<Article, "paragraphs">): string {
  return article.paragraphs.join(PARAGRAPH_SEPARATOR);
}

/** Each paragraph's range in `paragraphs.join(PARAGRAPH_SEPARATOR)`. */
export function paragraphRanges(paragraphs: readonly string[]): ParagraphRange[] {
  let start = 0;
  return paragraphs.map((p, index) => {
    const range = { index, start, end: start + p.length };
    start = range.end + PARAGRAPH_SEPARATOR.length;
    return range;
  });
}

/** The reader model from validated content and anchored claims: ordering and lookups, no validation. */
export function assembleReaderModel(article: Article, themes: Theme[], anchored: Claim[]): ReaderModel {
  // Reading order everywhere: a claim's quotes step in the order the reader meets them.
  const claims = anchored.map((c) => ({ ...c, quotes: [...c.quotes].sort(inReadingOrder) }));
  const quotes = claims.flatMap((c) => c.quotes).sort(inReadingOrder);
  return {
    article,
    text: articleText(article),
    paragraphs: paragraphRanges(article.paragraphs),
    themes,
    claims,
    quotes,
    orphans: claims.flatMap((c) => c.orphans),
    quoteById: new Map(quotes.map((q) => [q.id, q])),
    claimById: new Map(claims.map((c) => [c.id, c])),
    themeById: new Map(themes.map((t) => [t.id, t])),
  };
}

/** By start; of two quotes starting together, the longer (enclosing) one first. */
function inReadingOrder(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

/** The JSON-safe form of a build result, to compute at build time. */
export function compileContent(result: BuildResult): CompiledContent {
  if (!result.ok) return result;
  const { article, themes, claims } = result.model;
  return { ok: true, article, themes, claims };
}

/** The build result again from its compiled form, as `buildReaderModel` returned it. */
export function loadCompiledContent(compiled: CompiledContent): BuildResult {
  if (!compiled.ok) return compiled;
  return { ok: true, model: assembleReaderModel(compiled.article, compiled.themes, compiled.claims) };
}
