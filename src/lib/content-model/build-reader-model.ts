import { anchorQuote, type PositionHint } from "../anchoring";
import { articleText, assembleReaderModel, ownThemes } from "./assemble-model";
import type { ClaimAnnotation } from "./claims";
import { parseContent, type ParsedContent } from "./parse-content";
import {
  DEFAULT_FILE_NAMES,
  type AnchoredQuote,
  type BuildResult,
  type Claim,
  type ContentFileNames,
  type OrphanQuote,
  type ReaderModel,
} from "./types";

/**
 * Parse and validate the content files and anchor every quote in the article text. Quotes anchor as at runtime
 * (position hint, then verbatim, then approximate); a quote that cannot be found is an orphan in the model, not
 * an error, so one broken quote never blanks the page.
 */
export function buildReaderModel(
  rawArticle: unknown,
  rawThemes: unknown,
  rawAnnotations: unknown,
  fileNames: ContentFileNames = DEFAULT_FILE_NAMES,
): BuildResult {
  const parsed = parseContent(rawArticle, rawThemes, rawAnnotations, fileNames);
  return parsed.ok ? { ok: true, model: anchorArticle(parsed.content) } : parsed;
}

/** The reader model of parsed, cross-checked content: every quote anchored, the article's own themes picked. */
export function anchorArticle({ article, themes, annotations }: ParsedContent): ReaderModel {
  const text = articleText(article);
  const claims = annotations.map((annotation) => anchorClaim(text, annotation));
  return assembleReaderModel(article, ownThemes(themes, claims), claims);
}

function anchorClaim(text: string, annotation: ClaimAnnotation): Claim {
  const claim: Claim = {
    id: annotation.id,
    themeId: annotation.tagging.value,
    summary: annotation.describing.value,
    quotes: [],
    orphans: [],
  };
  for (const target of annotation.targets) {
    const { quote, position } = target;
    const hint: PositionHint | undefined = position
      ? { start: position.start, end: position.end }
      : undefined;
    const result = anchorQuote(text, quote, hint);
    const ids = { id: target.id, claimId: claim.id, themeId: claim.themeId, exact: quote.exact };
    if (result.ok) {
      const anchored: AnchoredQuote = {
        ...ids,
        start: result.start,
        end: result.end,
        method: result.method,
        errors: result.errors,
      };
      claim.quotes.push(anchored);
    } else {
      const orphan: OrphanQuote = { ...ids, reason: result.reason, nearest: result.nearest };
      claim.orphans.push(orphan);
    }
  }
  return claim;
}
