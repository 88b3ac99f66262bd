import { z } from "zod";
import { formatPath } from "../w3c/json";
import { readClaims, type ClaimAnnotation } from "./claims";
import { contentError, zodErrors } from "./errors";
import { articleSchema, themeSchema, type Article, type Theme } from "./schema";
import type { ContentError, ContentFileNames } from "./types";

/** The themes file: a non-empty array of themes. */
const themesSchema = z.array(themeSchema).min(1);

/** The three content files, parsed and cross-checked. */
export type ParsedContent = {
  /** The article. */
  article: Article;
  /** Themes in file order. */
  themes: Theme[];
  /** Claims in file order. */
  annotations: ClaimAnnotation[];
};

/** Parsed content, or every error found across the files. */
export type ParseResult = { ok: true; content: ParsedContent } | { ok: false; errors: ContentError[] };

/** The theme vocabulary, or the errors that stop it being read. */
export type ThemesResult = { ok: true; themes: Theme[] } | { ok: false; errors: ContentError[] };

/** Parse the shared themes file: its schema, and theme ids unique. */
export function parseThemes(rawThemes: unknown, file: string): ThemesResult {
  const themes = themesSchema.safeParse(rawThemes);
  if (!themes.success) return { ok: false, errors: zodErrors(file, rawThemes, themes.error.issues) };
  const errors: ContentError[] = [];
  firstUses(
    themes.data.map((t, i) => ({ id: t.id, path: [i, "id"] })),
    (dup, first) =>
      errors.push(contentError(file, rawThemes, dup.path, `duplicate theme id "${dup.id}" (${first})`)),
  );
  return errors.length > 0 ? { ok: false, errors } : { ok: true, themes: themes.data };
}

/**
 * Parse the content files (the article and themes with their schemas, the claims with the W3C adapter), then check
 * what one file cannot show alone: see `parseArticle`.
 */
export function parseContent(
  rawArticle: unknown,
  rawThemes: unknown,
  rawAnnotations: unknown,
  files: ContentFileNames,
): ParseResult {
  const themes = parseThemes(rawThemes, files.themes);
  const parsed = parseArticle(rawArticle, rawAnnotations, themes.ok ? themes.themes : null, files);
  if (!themes.ok) return { ok: false, errors: [...(parsed.ok ? [] : parsed.errors), ...themes.errors] };
  return parsed;
}

/**
 * Parse one article's files against the theme vocabulary (null when it could not be read) and check what one file
 * cannot show alone: claims tag known themes, no two themes of one colour meet in the article, claim ids are
 * unique, quote ids are unique across its claims, and every quote marks this article (the adapter checks that,
 * given its id). With `slug`, the article's id must be its folder's name.
 */
export function parseArticle(
  rawArticle: unknown,
  rawAnnotations: unknown,
  themes: Theme[] | null,
  files: ContentFileNames,
  slug?: string,
): ParseResult {
  const article = articleSchema.safeParse(rawArticle);
  const annotations = readClaims(rawAnnotations, article.success ? article.data.id : null);
  const errors: ContentError[] = [
    ...(article.success ? [] : zodErrors(files.article, rawArticle, article.error.issues)),
    ...(annotations.ok
      ? []
      : annotations.problems.map((p) => contentError(files.annotations, rawAnnotations, p.path, p.message))),
  ];
  if (article.success && slug !== undefined && article.data.id !== slug) {
    const message = `is "${article.data.id}" but must be the name of the article's folder, "${slug}"`;
    errors.push(contentError(files.article, rawArticle, ["id"], message));
  }

  if (annotations.ok) {
    const items = annotations.claims;
    firstUses(
      items.map((a, i) => ({ id: a.id, path: ["items", i, "id"] })),
      (dup, first) =>
        errors.push(
          contentError(
            files.annotations,
            rawAnnotations,
            dup.path,
            `duplicate claim id "${dup.id}" (${first})`,
          ),
        ),
    );
    const targets = items.flatMap((a, i) =>
      a.targets.map((t) => ({ id: t.id, path: ["items", i, ...t.path, "id"] })),
    );
    firstUses(targets, (dup, first) =>
      errors.push(
        contentError(
          files.annotations,
          rawAnnotations,
          dup.path,
          `duplicate quote id "${dup.id}" (${first})`,
        ),
      ),
    );
    if (themes) errors.push(...themeErrors(items, themes, rawAnnotations, files));
  }

  if (errors.length > 0 || !article.success || !themes || !annotations.ok) return { ok: false, errors };
  return { ok: true, content: { article: article.data, themes, annotations: annotations.claims } };
}

/**
 * Claims tagging a theme the vocabulary lacks; and a theme whose colour another theme of this article already has
 * (the vocabulary may reuse a colour across articles, but within one they would look the same).
 */
function themeErrors(
  items: readonly ClaimAnnotation[],
  themes: readonly Theme[],
  raw: unknown,
  files: ContentFileNames,
): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(themes.map((t) => [t.id, t]));
  const colours = new Map<string, string>();
  items.forEach((a, i) => {
    const themeId = a.tagging.value;
    const path = ["items", i, ...a.tagging.path, "value"];
    const theme = byId.get(themeId);
    if (!theme) {
      const message = `unknown theme "${themeId}"; ${files.themes} defines: ${[...byId.keys()].join(", ")}`;
      errors.push(contentError(files.annotations, raw, path, message));
      return;
    }
    const other = colours.get(theme.color);
    if (other === undefined) colours.set(theme.color, theme.id);
    else if (other !== theme.id) {
      const message = `theme "${theme.id}" has the colour "${theme.color}" of theme "${other}", which this article also uses: give one of them another colour in ${files.themes}`;
      errors.push(contentError(files.annotations, raw, path, message));
    }
  });
  return errors;
}

type Use = { id: string; path: (string | number)[] };

/** Call `onDuplicate` for every use of an id after its first, saying where the first use was. */
function firstUses(uses: readonly Use[], onDuplicate: (dup: Use, first: string) => void): void {
  const first = new Map<string, Use>();
  for (const use of uses) {
    const earlier = first.get(use.id);
    if (earlier) onDuplicate(use, `first used at ${formatPath(earlier.path)}`);
    else first.set(use.id, use);
  }
}
