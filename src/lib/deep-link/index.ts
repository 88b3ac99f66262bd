// The deep-link module: reader locations parsed from and built into URLs (formats in FORMATS.md).
// This folder's imports name their .ts files: vite.config.ts reaches it (the build's link previews and cards), and
// Vite's config loader asks for explicit extensions there.
export { buildHref, buildSearchAndHash } from "./build-href.ts";
export {
  ARTICLE_PAGE_PATH,
  canonicalPagePath,
  onPage,
  quotePagePath,
  shareHref,
  themePagePath,
} from "./page-path.ts";
export { MAX_FRAGMENT_LENGTH, MAX_ID_LENGTH, MAX_QUERY_LENGTH, parseLocation } from "./parse-location.ts";
export { CONTEXT_LENGTH, EXACT_END_LENGTH, MAX_WHOLE_EXACT, passageFromRange } from "./passage-from-range.ts";
export { displaySafe, isPageNotFound, notFollowed } from "./problems.ts";
export { withFragmentDirective } from "./text-directive.ts";
// resolvePassage is imported on demand from ./resolve-passage (src/lib/reader/store.ts): it carries the anchoring
// code, which only passage links need, so it stays out of the code every page loads.
export type { ResolvedPassage } from "./resolve-passage";
export type {
  KnownIds,
  LinkPart,
  LinkProblem,
  ParsedLocation,
  PassageMatch,
  PassageSelector,
  ReaderLocation,
  UrlParts,
} from "./types";
