// Kept free of zod and the anchoring library: the browser imports this file alone (see src/content/index.ts).
import type { Article, Theme } from "./schema";
import type { TextRange } from "../text-range";
import type { AnchoredQuote, BuildResult, Claim, ContentError, ParagraphRange, ReaderModel } from "./types";

/** The separator between paragraphs in the text that quotes anchor against. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/**
 * A quote as shipped, without what its claim already says (claim and theme), what the text already holds (the quote
 * itself, unless approximate matching found it edited) or the usual case (found at its position hint, no edits):
 * every page view downloads this before hydrating. `loadCompiledContent` puts them back.
 */
export type CompiledQuote = TextRange & { id: string } & Partial<
    Pick<AnchoredQuote, "exact" | "method" | "errors">
  >;

/** A claim as shipped: its quotes as `CompiledQuote`s. */
export type CompiledClaim = Omit<Claim, "quotes"> & { quotes: CompiledQuote[] };

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
      claims: CompiledClaim[];
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

/** The themes of the vocabulary that the claims tag, in the vocabulary's order: what this article's map shows. */
export function ownThemes(vocabulary: readonly Theme[], claims: readonly Pick<Claim, "themeId">[]): Theme[] {
  const used = new Set(claims.map((c) => c.themeId));
  return vocabulary.filter((t) => used.has(t.id));
}

/** Reading order: by start; of two quotes starting together, the longer (enclosing) one first. */
export function inReadingOrder(a: TextRange, b: TextRange): number {
  return a.start - b.start || b.end - a.end;
}

/** The JSON-safe form of a build result, to compute at build time. */
export function compileContent(result: BuildResult): CompiledContent {
  if (!result.ok) return result;
  const { article, themes, claims, text } = result.model;
  const compiled = claims.map((claim) => ({
    ...claim,
    quotes: claim.quotes.map(({ id, start, end, method, errors, exact }): CompiledQuote => ({
      id,
      start,
      end,
      ...(method === "position" ? {} : { method }),
      ...(errors === 0 ? {} : { errors }),
      ...(text.slice(start, end) === exact ? {} : { exact }),
    })),
  }));
  return { ok: true, article, themes, claims: compiled };
}

/** The build result again from its compiled form, as `buildReaderModel` returned it. */
export function loadCompiledContent(compiled: CompiledContent): BuildResult {
  if (!compiled.ok) return compiled;
  const text = articleText(compiled.article);
  const claims = compiled.claims.map((claim) => ({
    ...claim,
    quotes: claim.quotes.map((quote) => ({
      ...quote,
      claimId: claim.id,
      themeId: claim.themeId,
      exact: quote.exact ?? text.slice(quote.start, quote.end),
      method: quote.method ?? "position",
      errors: quote.errors ?? 0,
    })),
  }));
  return { ok: true, model: assembleReaderModel(compiled.article, compiled.themes, claims) };
}
