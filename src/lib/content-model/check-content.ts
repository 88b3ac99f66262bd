import { counted } from "../plural";
import { articleText, ownThemes, paragraphRanges } from "./assemble-model";
import { checkQuotes, quotationErrors } from "./check-quotes";
import { parseArticle, parseThemes } from "./parse-content";
import type { Theme } from "./schema";
import { compareWithSeed } from "./seed";
import { readQuotations } from "./speech";
import type { ContentError, ContentFileNames } from "./types";

/** A file as read from disk: its name (for messages) and its text. */
export type ContentFile = {
  /** The path to show in messages. */
  name: string;
  /** The file's contents. */
  text: string;
};

/** The files `checkContent` looks at; `seed` is the original article text, null when it is not available. */
export type ContentFiles = {
  /** article.json */
  article: ContentFile;
  /** themes.json */
  themes: ContentFile;
  /** annotations.json */
  annotations: ContentFile;
  /** The original article (plain text), if present. */
  seed: ContentFile | null;
};

/** What `checkContent` found. */
export type ContentCheckReport = {
  /** Every problem; empty means the content is fit to publish. */
  errors: ContentError[];
  /**
   * How much content was checked, and how many anchored quotes are the speaker's words (`speech`, inside the
   * article's quotation marks) or the reporter's (`narration`); null when the files could not be parsed.
   */
  counts: { themes: number; claims: number; quotes: number; speech: number; narration: number } | null;
  /** Whether article.json was compared with the original and how it went ("unchecked": article invalid). */
  seed: "matched" | "mismatched" | "skipped" | "unchecked";
};

/**
 * Check the content strictly, as publishing requires (stricter than runtime anchoring): every file fits its schema;
 * every quote is in the article verbatim; its position selector, prefix and suffix agree with the text; a repeated
 * quote is singled out by its prefix and suffix; and article.json rebuilds the original text, when it is given.
 */
export function checkContent(files: ContentFiles): ContentCheckReport {
  const json = [
    parseContentFile(files.article),
    parseContentFile(files.themes),
    parseContentFile(files.annotations),
  ] as const;
  const [rawArticle, rawThemes, rawAnnotations] = json;
  if (!rawArticle.ok || !rawThemes.ok || !rawAnnotations.ok) {
    return { errors: json.flatMap((r) => (r.ok ? [] : [r.error])), counts: null, seed: "unchecked" };
  }
  const names = {
    article: files.article.name,
    themes: files.themes.name,
    annotations: files.annotations.name,
  };
  const themes = parseThemes(rawThemes.value, names.themes);
  const seeds = files.seed ? [files.seed] : [];
  const report = checkArticle(
    rawArticle.value,
    rawAnnotations.value,
    themes.ok ? themes.themes : null,
    names,
    seeds,
  );
  return themes.ok ? report : { ...report, errors: [...themes.errors, ...report.errors] };
}

/**
 * `checkContent` for one article's parsed JSON, against the theme vocabulary (null when it could not be read) and
 * the original texts found to be this article's (`seeds`, usually one or none). With `slug`, its folder's name.
 */
export function checkArticle(
  rawArticle: unknown,
  rawAnnotations: unknown,
  vocabulary: Theme[] | null,
  names: ContentFileNames,
  seeds: readonly ContentFile[],
  slug?: string,
): ContentCheckReport {
  const parsed = parseArticle(rawArticle, rawAnnotations, vocabulary, names, slug);
  if (!parsed.ok) return { errors: parsed.errors, counts: null, seed: "unchecked" };

  const { article, annotations } = parsed.content;
  const text = articleText(article);
  // Who says what is read from the article's quotation marks (speech.ts): they must pair up to be read at all.
  const quotations = readQuotations(text);
  const paragraphs = paragraphRanges(article.paragraphs);
  const errors = quotationErrors(quotations, paragraphs, names.article);
  const voices = { speech: 0, narration: 0 };
  for (const [i, annotation] of annotations.entries()) {
    errors.push(...checkQuotes(text, annotation, i, names.annotations, rawAnnotations, quotations, voices));
  }

  const speaker = article.speaker && `${article.speaker.role} ${article.speaker.name}`;
  const printed = [article.caption ?? "", ...article.paragraphs];
  if (speaker && !printed.some((p) => p.includes(speaker))) {
    const message = `names "${speaker}", which the caption and body never say: quotes are attributed only as the article attributes them`;
    errors.push({ file: names.article, annotationId: null, quoteId: null, path: "speaker", message });
  }

  let seed: ContentCheckReport["seed"] = "skipped";
  for (const original of seeds) {
    const mismatch = compareWithSeed(article, original.text);
    seed = mismatch ? "mismatched" : seed === "mismatched" ? seed : "matched";
    if (mismatch) {
      const message =
        `does not rebuild ${original.name} verbatim: first difference at character ${mismatch.offset} ` +
        `(line ${mismatch.line}); the original has ${JSON.stringify(mismatch.seedExcerpt)}, ` +
        `article.json gives ${JSON.stringify(mismatch.rebuiltExcerpt)}`;
      errors.push({ file: names.article, annotationId: null, quoteId: null, path: mismatch.field, message });
    }
  }

  const themes = ownThemes(
    parsed.content.themes,
    annotations.map((a) => ({ themeId: a.tagging.value })),
  ).length;
  const quotes = annotations.reduce((n, a) => n + a.targets.length, 0);
  return { errors, counts: { themes, claims: annotations.length, quotes, ...voices }, seed };
}

/** One line for a passing check: what was checked and whether the original text was compared. */
export function summarizeCheck(report: ContentCheckReport): string {
  if (report.errors.length > 0 || !report.counts) {
    return `Content check failed: ${counted(report.errors.length, "problem")}.`;
  }
  const { themes, claims, quotes, speech, narration } = report.counts;
  const seed =
    report.seed === "matched"
      ? "article.json rebuilds the original text verbatim"
      : "original text not found, so the verbatim rebuild check was skipped";
  const voices = `${speech} in the speaker's words, ${narration} the reporter's narration`;
  return `Content OK: ${themes} themes, ${claims} claims, ${quotes} quotes anchored exactly (${voices}); ${seed}.`;
}

/** A content file's parsed JSON, or an error naming the file. */
export type ParsedContentFile = { ok: true; value: unknown } | { ok: false; error: ContentError };

/** Parses a content file's text as JSON; a syntax error becomes a `ContentError` naming the file. */
export function parseContentFile(file: ContentFile): ParsedContentFile {
  try {
    return { ok: true, value: JSON.parse(file.text) as unknown };
  } catch (e) {
    const message = `not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
    return {
      ok: false,
      error: { file: file.name, annotationId: null, quoteId: null, path: "(root)", message },
    };
  }
}
