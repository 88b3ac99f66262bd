// A long article for the rendering benchmark: the real article repeated, with a fixed number of highlights
// spread evenly through the copies. Benchmark data only: never shipped, never shown as the article.
import type { z } from "zod";
import type { Annotation, annotationCollectionSchema, Article, QuoteTarget } from "../../src/content/schema";
import { PARAGRAPH_SEPARATOR, articleText } from "../../src/lib/content-model/assemble-model";

/** The annotation file, as its schema parses it. */
export type AnnotationFile = z.infer<typeof annotationCollectionSchema>;

/** A scaled article and its annotations (themes are unchanged). */
export interface ScaledContent {
  /** The article with its paragraphs repeated `copies` times. */
  article: Article;
  /** Claims whose quotes point into the copies. */
  annotations: AnnotationFile;
  /** How many highlights the annotations hold. */
  highlights: number;
}

/**
 * `copies` copies of the article's paragraphs, and `highlights` quotes taken round-robin from the real ones (each
 * copy gets an equal share, all different within a copy). A quote keeps its selector, with its position hint
 * moved into its copy; quotes of one claim within one copy stay one claim, with ids suffixed by the copy number.
 */
export function scaleContent(
  article: Article,
  annotations: AnnotationFile,
  copies: number,
  highlights: number,
): ScaledContent {
  const targets = annotations.items.flatMap((claim) => claim.target.map((target) => ({ claim, target })));
  const perCopy = highlights / copies;
  if (!Number.isInteger(perCopy) || perCopy > targets.length) {
    throw new Error(
      `${highlights} highlights do not split into ${copies} copies of ${targets.length} quotes`,
    );
  }
  const copyLength = articleText(article).length + PARAGRAPH_SEPARATOR.length;
  const items: Annotation[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const chosen = new Map<Annotation, QuoteTarget[]>();
    for (let k = 0; k < perCopy; k++) {
      const picked = targets[(copy * perCopy + k) % targets.length];
      if (!picked) continue;
      const list = chosen.get(picked.claim) ?? [];
      list.push(moveTarget(picked.target, copy, copy * copyLength));
      chosen.set(picked.claim, list);
    }
    for (const [claim, target] of chosen) {
      items.push({
        ...claim,
        id: `${claim.id}-c${copy + 1}`,
        body: [{ ...claim.body[0], value: `${claim.body[0].value} (copy ${copy + 1})` }, claim.body[1]],
        target: target.sort((a, b) => (a.selector[1]?.start ?? 0) - (b.selector[1]?.start ?? 0)),
      });
    }
  }
  return {
    article: { ...article, paragraphs: Array.from({ length: copies }, () => article.paragraphs).flat() },
    annotations: { ...annotations, items },
    highlights: items.reduce((n, claim) => n + claim.target.length, 0),
  };
}

function moveTarget(target: QuoteTarget, copy: number, offset: number): QuoteTarget {
  const [quote, position] = target.selector;
  return {
    ...target,
    id: `${target.id}-c${copy + 1}`,
    selector: position
      ? [quote, { ...position, start: position.start + offset, end: position.end + offset }]
      : [quote],
  };
}
