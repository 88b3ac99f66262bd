// The collection as the build ships it (JSON), and back. Kept free of zod and the anchoring library, like
// assemble-model.ts: the browser may import it.
import {
  compileContent,
  loadCompiledContent,
  ownThemes,
  type CompiledClaim,
  type CompiledContent,
} from "./assemble-model";
import type { Article, Theme } from "./schema";
import type { CollectionResult, ContentError, ReaderModel } from "./types";

/** One article as shipped: its own claims; its themes are the vocabulary's that they tag. */
export type CompiledArticle = { article: Article; claims: CompiledClaim[] };

/** The JSON-safe form of a `CollectionResult`. */
export type CompiledCollection =
  | {
      ok: true;
      /** The whole theme vocabulary, in file order. */
      themes: Theme[];
      /** Newest first, as in `ReaderCollection`. */
      articles: CompiledArticle[];
    }
  | { ok: false; errors: ContentError[] };

/** The JSON-safe form of a collection, to compute at build time. */
export function compileCollection(result: CollectionResult): CompiledCollection {
  if (!result.ok) return result;
  const { themes, articles } = result.collection;
  return {
    ok: true,
    themes,
    articles: articles.map((model) => {
      const compiled = compileContent({ ok: true, model });
      if (!compiled.ok) throw new Error("a valid model compiles to valid content");
      return { article: compiled.article, claims: compiled.claims };
    }),
  };
}

/** One article of a compiled collection in the form a page ships (`CompiledContent`), with its own themes. */
export function compiledArticle(themes: Theme[], { article, claims }: CompiledArticle): CompiledContent {
  return { ok: true, article, themes: ownThemes(themes, claims), claims };
}

/**
 * The article the reader shows at `/`: the newest, which is the only one while the site has one article (the front
 * page of several comes later). Invalid content stays its errors.
 */
export function shownArticle(compiled: CompiledCollection): CompiledContent {
  if (!compiled.ok) return compiled;
  const [newest] = compiled.articles;
  if (!newest) throw new Error("a valid collection holds at least one article");
  return compiledArticle(compiled.themes, newest);
}

/** The collection again from its compiled form, as `buildCollection` returned it. */
export function loadCompiledCollection(compiled: CompiledCollection): CollectionResult {
  if (!compiled.ok) return compiled;
  const articles = compiled.articles.map((entry): ReaderModel => {
    const loaded = loadCompiledContent(compiledArticle(compiled.themes, entry));
    if (!loaded.ok) throw new Error("valid compiled content loads");
    return loaded.model;
  });
  return { ok: true, collection: { themes: compiled.themes, articles } };
}
