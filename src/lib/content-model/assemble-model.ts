// Kept free of zod and the anchoring library: the browser imports this file alone (see src/content/index.ts).
import type { Article, Theme } from "../../content/schema";
import type { BuildResult, Claim, ContentError, ParagraphRange, ReaderModel } from "./types";

/** The separator between paragraphs in the text that quotes anchor against. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * What the build computes from the content files and ships to the browser as JSON: the validated, anchored
 * content (lookups are rebuilt by `assembleReaderModel`), or every content error found.
 */
export type CompiledContent =
  | {
      /** Discriminant. */
      ok: true;
      /** The article as parsed. */
      article: Article;
      /** Themes in file order. */
      themes: Theme[];
      /** Claims in file order, with their anchored and orphaned quotes. */
      claims: Claim[];
    }
  | {
      /** Discriminant. */
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
export function assembleReaderModel(article: Article, themes: Theme[], claims: Claim[]): ReaderModel {
  const quotes = claims.flatMap((c) => c.quotes).sort((a, b) => a.start - b.start || b.end - a.end);
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
    claimsByTheme: new Map(themes.map((t) => [t.id, claims.filter((c) => c.themeId === t.id)])),
  };
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
