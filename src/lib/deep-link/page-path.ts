// Quote and theme pages: real paths that a link unfurler can fetch (it never sees a `#fragment`).
import { buildHref } from "./build-href.ts";
import { unknownPage, unknownQuote, unknownTheme } from "./problems.ts";
import type { KnownIds, LinkProblem, ReaderLocation } from "./types";

// `/q/<id>/` or `/t/<id>/`, also as hosts serve them: without the final slash, or as `…/index.html`. Ids are
// kebab-case, which no browser percent-encodes, so the path is matched as it comes.
const pagePath = /^\/([qt])\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/|\/index\.html)?$/;

/** The page of one quote: `/q/<quote-id>/`. */
export function quotePagePath(quoteId: string): string {
  return `/q/${encodeURIComponent(quoteId)}/`;
}

/** The page of one theme: `/t/<theme-id>/`. */
export function themePagePath(themeId: string): string {
  return `/t/${encodeURIComponent(themeId)}/`;
}

/**
 * The link to share for a location: a quote's or a theme's own page when that is all the location holds (so the
 * link unfurls as that quote or theme), else the root link with query and fragment, as `buildHref` gives it.
 */
export function shareHref(location: ReaderLocation): string {
  if (location.passage === null) {
    if (location.quote !== null && location.theme === null) return quotePagePath(location.quote);
    if (location.theme !== null && location.quote === null) return themePagePath(location.theme);
  }
  return buildHref(location);
}

/** What a path names: a quote page, a theme page, or neither (the root, or a path that is no page). */
export interface PathTarget {
  theme: string | null;
  quote: string | null;
}

const none: PathTarget = { theme: null, quote: null };

/**
 * Reads a quote or theme page's path; the root is `/` (or `/index.html`). Any other path (the host sent its 404
 * page) is one polite problem that echoes nothing from it. Problems are pushed, never thrown.
 */
export function parsePath(path: string | undefined, known: KnownIds, problems: LinkProblem[]): PathTarget {
  if (path === undefined || path === "/" || path === "/index.html") return none;
  const [, kind, id] = pagePath.exec(path) ?? [];
  if (id === undefined) {
    problems.push(unknownPage());
  } else if (kind === "q") {
    if (known.quoteIds.has(id)) return { theme: null, quote: id };
    problems.push(unknownQuote(id));
  } else {
    if (known.themeIds.has(id)) return { theme: id, quote: null };
    problems.push(unknownTheme(id));
  }
  return none;
}
