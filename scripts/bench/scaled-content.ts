// A long article for the rendering benchmark: the real article repeated, with a fixed number of highlights
// spread evenly through the copies. Benchmark data only: never shipped, never shown as the article.
import { PARAGRAPH_SEPARATOR, articleText } from "../../src/lib/content-model/assemble-model";
import { claimJson, type ClaimAnnotation, type ClaimTarget } from "../../src/lib/content-model/claims";
import type { Article } from "../../src/lib/content-model/schema";
import { serialiseCollection, type AnnotationCollectionJson } from "../../src/lib/w3c/serialise";

/** A scaled article and its annotations (themes are unchanged). */
export interface ScaledContent {
  /** The article with its paragraphs repeated `copies` times. */
  article: Article;
  /** Claims whose quotes point into the copies, as the annotation file writes them. */
  annotations: AnnotationCollectionJson;
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
  claims: readonly ClaimAnnotation[],
  copies: number,
  highlights: number,
): ScaledContent {
  const targets = claims.flatMap((claim) => claim.targets.map((target) => ({ claim, target })));
  const perCopy = highlights / copies;
  if (!Number.isInteger(perCopy) || perCopy > targets.length) {
    throw new Error(
      `${highlights} highlights do not split into ${copies} copies of ${targets.length} quotes`,
    );
  }
  const copyLength = articleText(article).length + PARAGRAPH_SEPARATOR.length;
  const items: ClaimAnnotation[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const chosen = new Map<ClaimAnnotation, ClaimTarget[]>();
    for (let k = 0; k < perCopy; k++) {
      const picked = targets[(copy * perCopy + k) % targets.length];
      if (!picked) continue;
      chosen.set(picked.claim, [...(chosen.get(picked.claim) ?? []), picked.target]);
    }
    for (const [claim, picked] of chosen) {
      const inOrder = picked.sort((a, b) => (a.position?.start ?? 0) - (b.position?.start ?? 0));
      items.push({
        ...claim,
        id: `${claim.id}-c${copy + 1}`,
        describing: { ...claim.describing, value: `${claim.describing.value} (copy ${copy + 1})` },
        targets: inOrder.map((target) => moveTarget(target, copy, copy * copyLength)),
      });
    }
  }
  return {
    article: { ...article, paragraphs: Array.from({ length: copies }, () => article.paragraphs).flat() },
    annotations: serialiseCollection("Scaled benchmark claims", items.map(claimJson)),
    highlights: items.reduce((n, claim) => n + claim.targets.length, 0),
  };
}

/** The target moved into its copy. */
function moveTarget(target: ClaimTarget, copy: number, offset: number): ClaimTarget {
  const { position } = target;
  return {
    ...target,
    id: `${target.id}-c${copy + 1}`,
    position: position && { ...position, start: position.start + offset, end: position.end + offset },
  };
}
