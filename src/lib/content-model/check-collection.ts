// `npm run check:content` over the whole content folder: the shared themes once, then each article on its own, every
// error naming the article's folder; each original text is compared with the article it is nearest to.
import { counted } from "../plural";
import { checkArticle, type ContentCheckReport, type ContentFile } from "./check-content";
import { inArticle, noArticles, readSourceFile, type CollectionFiles } from "./collection";
import { parseThemes } from "./parse-content";
import { articleSchema, type Article } from "./schema";
import { assignSeeds } from "./seed";
import type { ContentError } from "./types";

/** What `checkCollection` found: every error, and each article's own report. */
export type CollectionCheckReport = {
  /** Every problem in any file; empty means the content is fit to publish. */
  errors: ContentError[];
  /** How many themes the vocabulary holds; null when themes.json could not be read. */
  themes: number | null;
  /** One report per article folder, in folder order. */
  articles: { slug: string; report: ContentCheckReport }[];
};

/**
 * Check every article strictly (see `checkContent`) against the shared theme vocabulary. `seeds` are the original
 * texts found outside the repository: each is compared with the article whose rebuilt text agrees with it longest.
 */
export function checkCollection(
  files: CollectionFiles,
  seeds: readonly ContentFile[],
): CollectionCheckReport {
  const rawThemes = readSourceFile(files.themes);
  const themes = rawThemes.ok ? parseThemes(rawThemes.value, files.themes.name) : null;
  const errors: ContentError[] = rawThemes.ok ? [] : [rawThemes.error];
  if (themes && !themes.ok) errors.push(...themes.errors);
  if (files.articles.length === 0) errors.push(noArticles(files.articlesDir));

  const read = files.articles.map((f) => ({
    article: readSourceFile(f.article),
    annotations: readSourceFile(f.annotations),
  }));
  const valid = read.map(({ article }): Article | null => {
    const parsed = article.ok ? articleSchema.safeParse(article.value) : null;
    return parsed?.success ? parsed.data : null;
  });
  const seedsOf = assignSeeds(valid, seeds);

  const articles = files.articles.map(({ slug, ...file }, i) => {
    const { article, annotations } = read[i] ?? {};
    if (!article?.ok || !annotations?.ok) {
      const unread = [article, annotations].flatMap((r) => (r && !r.ok ? [r.error] : []));
      return { slug, report: { errors: inArticle(slug, unread), counts: null, seed: "unchecked" as const } };
    }
    const names = {
      article: file.article.name,
      themes: files.themes.name,
      annotations: file.annotations.name,
    };
    const vocabulary = themes?.ok ? themes.themes : null;
    const report = checkArticle(article.value, annotations.value, vocabulary, names, seedsOf[i] ?? [], slug);
    return { slug, report: { ...report, errors: inArticle(slug, report.errors) } };
  });
  errors.push(...articles.flatMap((a) => a.report.errors));
  return { errors, themes: themes?.ok ? themes.themes.length : null, articles };
}

/**
 * What a passing check prints: one line for the whole, then one per article (an article without annotations yet is
 * said to be so: it is valid, and shows as plain text). A failing check: one line with the count of problems.
 */
export function summarizeCollection(report: CollectionCheckReport): string[] {
  if (report.errors.length > 0 || report.themes === null) {
    return [`Content check failed: ${counted(report.errors.length, "problem")}.`];
  }
  const lines = report.articles.map(({ slug, report: { counts, seed } }) => {
    if (!counts) return `  ${slug}: not checked`;
    const original =
      seed === "matched"
        ? "article.json rebuilds the original text verbatim"
        : "no original text to compare it with, so the verbatim rebuild check was skipped";
    if (counts.claims === 0) {
      return `  ${slug}: no annotations yet (valid: it shows as plain text until annotations.json holds claims); ${original}.`;
    }
    const voices = `${counts.speech} in the speaker's words, ${counts.narration} the reporter's narration`;
    return `  ${slug}: ${counted(counts.themes, "theme")}, ${counted(counts.claims, "claim")}, ${counted(counts.quotes, "quote")} anchored exactly (${voices}); ${original}.`;
  });
  const head = `Content OK: ${counted(report.articles.length, "article")}, ${counted(report.themes, "theme")} in the shared vocabulary.`;
  return [head, ...lines];
}
