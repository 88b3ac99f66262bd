/** Content files -> the validated, anchored model the reader renders; and the strict publishing check. */
export {
  articleText,
  assembleReaderModel,
  compileContent,
  loadCompiledContent,
  ownThemes,
  paragraphRanges,
  PARAGRAPH_SEPARATOR,
  type CompiledContent,
} from "./assemble-model";
export { buildReaderModel } from "./build-reader-model";
export { buildCollection, newestFirst } from "./collection";
export type { ArticleFiles, CollectionFiles, SourceFile } from "./collection";
export {
  compileCollection,
  compiledArticle,
  loadCompiledCollection,
  shownArticle,
  type CompiledArticle,
  type CompiledCollection,
} from "./compiled-collection";
export { withoutPageTexts } from "./page-texts";
export { checkContent, parseContentFile, summarizeCheck } from "./check-content";
export type { ContentCheckReport, ContentFile, ContentFiles, ParsedContentFile } from "./check-content";
export { checkCollection, summarizeCollection, type CollectionCheckReport } from "./check-collection";
export { formatContentError } from "./errors";
export { rebuildSeedText } from "./seed";
export { articleFileNames, CONTENT_DIR, DEFAULT_FILE_NAMES } from "./types";
export type {
  AnchoredQuote,
  BuildResult,
  Claim,
  CollectionResult,
  ContentError,
  ContentFileNames,
  OrphanQuote,
  ParagraphRange,
  ReaderCollection,
  ReaderModel,
} from "./types";
