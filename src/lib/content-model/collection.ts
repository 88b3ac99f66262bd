// Every article's files, validated and anchored into one collection: the articles share the theme vocabulary and
// nothing else, so each is parsed and anchored on its own and its errors name its folder.
import { anchorArticle } from "./build-reader-model";
import { parseContentFile, type ContentFile } from "./check-content";
import { parseArticle, parseThemes } from "./parse-content";
import type { Article } from "./schema";
import type { CollectionResult, ContentError, ReaderModel } from "./types";

/** A content file as read from disk, or why it could not be read (a missing file, say). */
export type SourceFile = ContentFile | { name: string; unreadable: string };

/** One article's folder: its name (the article's id) and its two files. */
export type ArticleFiles = { slug: string; article: SourceFile; annotations: SourceFile };

/** The content folder: the shared themes file and the article folders, in any order. */
export type CollectionFiles = {
  /** The folder holding the article folders, for the message when there are none. */
  articlesDir: string;
  themes: SourceFile;
  articles: readonly ArticleFiles[];
};

/** A file's JSON, or the error that stops it being read, naming the file. */
export function readSourceFile(
  file: SourceFile,
): { ok: true; value: unknown } | { ok: false; error: ContentError } {
  if ("text" in file) return parseContentFile(file);
  const message = `cannot be read: ${file.unreadable}`;
  return {
    ok: false,
    error: { file: file.name, annotationId: null, quoteId: null, path: "(root)", message },
  };
}

/** Errors found in one article's files, each naming the article. */
export function inArticle(slug: string, errors: readonly ContentError[]): ContentError[] {
  return errors.map((error) => ({ ...error, article: slug }));
}

/** The error for a content folder without articles. */
export function noArticles(articlesDir: string): ContentError {
  const message = "holds no article folder: add one with npm run new-article -- <file> (docs/content.md)";
  return { file: articlesDir, annotationId: null, quoteId: null, path: "(root)", message };
}

/**
 * Validate and anchor every article against the shared themes (quotes anchor as at runtime: see
 * `buildReaderModel`). Any error in any file fails the whole collection, as one invalid article fails the build.
 */
export function buildCollection(files: CollectionFiles): CollectionResult {
  const rawThemes = readSourceFile(files.themes);
  const themes = rawThemes.ok ? parseThemes(rawThemes.value, files.themes.name) : null;
  const errors: ContentError[] = rawThemes.ok ? [] : [rawThemes.error];
  if (themes && !themes.ok) errors.push(...themes.errors);
  if (files.articles.length === 0) errors.push(noArticles(files.articlesDir));
  const vocabulary = themes?.ok ? themes.themes : null;
  const models: ReaderModel[] = [];
  for (const { slug, article, annotations } of files.articles) {
    const [a, n] = [readSourceFile(article), readSourceFile(annotations)];
    if (!a.ok || !n.ok) {
      errors.push(
        ...inArticle(
          slug,
          [a, n].flatMap((r) => (r.ok ? [] : [r.error])),
        ),
      );
      continue;
    }
    const names = { article: article.name, themes: files.themes.name, annotations: annotations.name };
    const parsed = parseArticle(a.value, n.value, vocabulary, names, slug);
    if (parsed.ok) models.push(anchorArticle(parsed.content));
    else errors.push(...inArticle(slug, parsed.errors));
  }
  if (errors.length > 0 || !vocabulary) return { ok: false, errors };
  return { ok: true, collection: { themes: vocabulary, articles: newestFirst(models, (m) => m.article) } };
}

/** Items in the order of their articles, newest first by date; undated ones after the dated, all ties by id. */
export function newestFirst<T>(
  items: readonly T[],
  articleOf: (item: T) => Pick<Article, "id" | "date">,
): T[] {
  const time = (item: T) => {
    const { date } = articleOf(item);
    return date === undefined ? Number.NEGATIVE_INFINITY : Date.parse(date);
  };
  const id = (item: T) => articleOf(item).id;
  // Two undated articles give -Infinity - -Infinity = NaN, which is falsy: the tie goes to the ids, as it should.
  return [...items].sort((a, b) => time(b) - time(a) || id(a).localeCompare(id(b), "en"));
}
