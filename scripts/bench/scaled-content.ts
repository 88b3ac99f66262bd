// A long article for the rendering benchmark: the real article repeated, with a fixed number of highlights
// spread evenly through the copies. Benchmark data only: never shipped, never shown as the article.
import type {
  Annotation,
  AnnotationCollection,
  AnnotationCollectionFile,
  Article,
  QuoteTarget,
} from "../../src/content/schema";
import { PARAGRAPH_SEPARATOR, articleText } from "../../src/lib/content-model/assemble-model";

type FileAnnotation = AnnotationCollectionFile["items"][number];
type FileTarget = FileAnnotation["target"][number];

/** A scaled article and its annotations (themes are unchanged). */
export interface ScaledContent {
  /** The article with its paragraphs repeated `copies` times. */
  article: Article;
  /** Claims whose quotes point into the copies, as the annotation file writes them. */
  annotations: AnnotationCollectionFile;
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
  annotations: AnnotationCollection,
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
  const items: FileAnnotation[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const chosen = new Map<Annotation, QuoteTarget[]>();
    for (let k = 0; k < perCopy; k++) {
      const picked = targets[(copy * perCopy + k) % targets.length];
      if (!picked) continue;
      chosen.set(picked.claim, [...(chosen.get(picked.claim) ?? []), picked.target]);
    }
    for (const [claim, picked] of chosen) {
      const { describing, tagging } = claim.body;
      const inOrder = picked.sort(
        (a, b) => (a.selector.position?.start ?? 0) - (b.selector.position?.start ?? 0),
      );
      items.push({
        "@context": claim["@context"],
        id: `${claim.id}-c${copy + 1}`,
        type: claim.type,
        motivation: claim.motivation,
        body: [
          {
            type: describing.type,
            purpose: describing.purpose,
            value: `${describing.value} (copy ${copy + 1})`,
            format: describing.format,
            language: describing.language,
          },
          { type: tagging.type, purpose: tagging.purpose, value: tagging.value },
        ],
        target: inOrder.map((target) => moveTarget(target, copy, copy * copyLength)),
      });
    }
  }
  return {
    article: { ...article, paragraphs: Array.from({ length: copies }, () => article.paragraphs).flat() },
    annotations: { ...annotations, items },
    highlights: items.reduce((n, claim) => n + claim.target.length, 0),
  };
}

/** The target as the annotation file writes it, moved into its copy. */
function moveTarget(target: QuoteTarget, copy: number, offset: number): FileTarget {
  const { quote, position } = target.selector;
  const { type, exact, prefix, suffix } = quote;
  return {
    id: `${target.id}-c${copy + 1}`,
    type: target.type,
    source: target.source,
    selector: [
      { type, exact, prefix, suffix },
      ...(position
        ? [{ type: position.type, start: position.start + offset, end: position.end + offset }]
        : []),
    ],
  };
}
