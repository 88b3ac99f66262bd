/** Content files -> the validated, anchored model the reader renders; and the strict publishing check. */
export {
  articleText,
  assembleReaderModel,
  compileContent,
  loadCompiledContent,
  paragraphRanges,
  PARAGRAPH_SEPARATOR,
  type CompiledContent,
} from "./assemble-model";
export { buildReaderModel } from "./build-reader-model";
export { withoutPageTexts } from "./page-texts";
export { checkContent, parseContentFile, summarizeCheck } from "./check-content";
export type { ContentCheckReport, ContentFile, ContentFiles, ParsedContentFile } from "./check-content";
export { formatContentError } from "./errors";
export { rebuildSeedText } from "./seed";
export { DEFAULT_FILE_NAMES } from "./types";
export type {
  AnchoredQuote,
  BuildResult,
  Claim,
  ContentError,
  ContentFileNames,
  OrphanQuote,
  ParagraphRange,
  ReaderModel,
} from "./types";
