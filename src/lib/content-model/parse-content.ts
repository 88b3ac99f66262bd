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

/**
 * Parse the content files (the article and themes with their schemas, the claims with the W3C adapter), then check
 * what one file cannot show alone: theme ids are unique, claims tag known themes, claim ids are unique, quote ids
 * are unique across all claims, and every quote marks this article (the adapter checks that, given its id).
 */
export function parseContent(
  rawArticle: unknown,
  rawThemes: unknown,
  rawAnnotations: unknown,
  files: ContentFileNames,
): ParseResult {
  const article = articleSchema.safeParse(rawArticle);
  const themes = themesSchema.safeParse(rawThemes);
  const annotations = readClaims(rawAnnotations, article.success ? article.data.id : null);
  const errors: ContentError[] = [
    ...(article.success ? [] : zodErrors(files.article, rawArticle, article.error.issues)),
    ...(themes.success ? [] : zodErrors(files.themes, rawThemes, themes.error.issues)),
    ...(annotations.ok
      ? []
      : annotations.problems.map((p) => contentError(files.annotations, rawAnnotations, p.path, p.message))),
  ];

  if (themes.success) {
    firstUses(
      themes.data.map((t, i) => ({ id: t.id, path: [i, "id"] })),
      (dup, first) =>
        errors.push(
          contentError(files.themes, rawThemes, dup.path, `duplicate theme id "${dup.id}" (${first})`),
        ),
    );
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

    if (themes.success) {
      const known = themes.data.map((t) => t.id);
      items.forEach((a, i) => {
        const themeId = a.tagging.value;
        if (known.includes(themeId)) return;
        const message = `unknown theme "${themeId}"; ${files.themes} defines: ${known.join(", ")}`;
        const path = ["items", i, ...a.tagging.path, "value"];
        errors.push(contentError(files.annotations, rawAnnotations, path, message));
      });
    }
  }

  if (errors.length > 0 || !article.success || !themes.success || !annotations.ok)
    return { ok: false, errors };
  return {
    ok: true,
    content: { article: article.data, themes: themes.data, annotations: annotations.claims },
  };
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
