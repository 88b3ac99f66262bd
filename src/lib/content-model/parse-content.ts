import { z } from "zod";
import {
  annotationCollectionSchema,
  articleSchema,
  themeSchema,
  type Annotation,
  type Article,
  type Theme,
} from "../../content/schema";
import { contentError, formatPath, zodErrors } from "./errors";
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
  annotations: Annotation[];
};

/** Parsed content, or every error found across the files. */
export type ParseResult = { ok: true; content: ParsedContent } | { ok: false; errors: ContentError[] };

/**
 * Parse the content files with their schemas, then check what a schema cannot see alone: theme ids are unique,
 * claims tag known themes, claim ids are unique and quote ids are unique across all claims.
 */
export function parseContent(
  rawArticle: unknown,
  rawThemes: unknown,
  rawAnnotations: unknown,
  files: ContentFileNames,
): ParseResult {
  const article = articleSchema.safeParse(rawArticle);
  const themes = themesSchema.safeParse(rawThemes);
  const annotations = annotationCollectionSchema.safeParse(rawAnnotations);
  const errors: ContentError[] = [
    ...(article.success ? [] : zodErrors(files.article, rawArticle, article.error.issues)),
    ...(themes.success ? [] : zodErrors(files.themes, rawThemes, themes.error.issues)),
    ...(annotations.success ? [] : zodErrors(files.annotations, rawAnnotations, annotations.error.issues)),
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

  if (annotations.success) {
    const items = annotations.data.items;
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
      a.target.map((t, j) => ({ id: t.id, path: ["items", i, "target", j, "id"] })),
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

    if (article.success) {
      // Every quote must point at this article: a target copied from another article's annotations is a mistake.
      items.forEach((a, i) => {
        a.target.forEach((t, j) => {
          if (t.source === article.data.id) return;
          const message = `target source "${t.source}" is not the article id "${article.data.id}"`;
          errors.push(
            contentError(files.annotations, rawAnnotations, ["items", i, "target", j, "source"], message),
          );
        });
      });
    }

    if (themes.success) {
      const known = themes.data.map((t) => t.id);
      items.forEach((a, i) => {
        const themeId = a.body.tagging.value;
        if (known.includes(themeId)) return;
        const message = `unknown theme "${themeId}"; ${files.themes} defines: ${known.join(", ")}`;
        const path = ["items", i, ...a.body.tagging.path, "value"];
        errors.push(contentError(files.annotations, rawAnnotations, path, message));
      });
    }
  }

  if (errors.length > 0 || !article.success || !themes.success || !annotations.success)
    return { ok: false, errors };
  return {
    ok: true,
    content: { article: article.data, themes: themes.data, annotations: annotations.data.items },
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
