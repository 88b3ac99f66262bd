// Quote and theme pages: real paths that a link unfurler can fetch (it never sees a `#fragment`).
import { buildHref } from "./build-href.ts";
import { unknownPage, unknownQuote, unknownTheme } from "./problems.ts";
import type { KnownIds, LinkProblem, ReaderLocation, UrlParts } from "./types";

// `/q/<id>/` or `/t/<id>/`, spelled as the site links them: a host that serves a page at another spelling
// (`/q/<id>`, `…/index.html`, `//`, upper case) is answered by `canonicalPagePath`. Ids are kebab-case, which no
// browser percent-encodes, so the path is matched as it comes.
const pagePath = /^\/([qt])\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/;
// The same page as a host may be asked for it: repeated slashes, no final slash, a final `index.html`, any case.
const pageSpelling = /^\/+([qt])\/+([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/+(?:index\.html)?)?$/i;
const rootSpelling = /^\/+(?:index\.html)?$/i;

/** The page of the whole article, every theme shown and nothing active. */
export const ARTICLE_PAGE_PATH = "/";

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

/**
 * The canonical path of the page that `path` spells another way (`/q/<id>`, `/q/<id>/index.html`, `/q//<id>/`,
 * `/Q/<ID>/`, `/index.html`), or null when it spells no page. A path that is already canonical gives itself. The
 * preview server redirects such spellings (scripts/vite-plugin-static-host.ts), and the reader replaces one that a
 * host served the page at (src/app/url-state.ts), so a page never shows under an address it does not answer to.
 */
export function canonicalPagePath(path: string): string | null {
  if (rootSpelling.test(path)) return "/";
  const [, kind, id] = pageSpelling.exec(path) ?? [];
  return kind === undefined || id === undefined ? null : `/${kind.toLowerCase()}/${id.toLowerCase()}/`;
}

/**
 * `url` as the page prerendered for `page` reads it: its path replaced by `page` when it spells that very page
 * another way (a host served `/q/<id>/` at `/q/<id>` or `/q/<id>//`), else unchanged. The 404 page spells no
 * page, so an address it is served at stays what it is: never a page's state under a "not found" head.
 */
export function onPage(url: UrlParts, page: string): UrlParts {
  const path = url.path ?? "/";
  return path !== page && canonicalPagePath(path) === page ? { ...url, path: page } : url;
}

/** What a path names: a quote page, a theme page, or neither (the root, or a path that is no page). */
export interface PathTarget {
  theme: string | null;
  quote: string | null;
}

const none: PathTarget = { theme: null, quote: null };

/**
 * Reads a quote or theme page's canonical path; the root is `/`. Any other path (the host sent its 404 page) is one
 * polite problem that echoes nothing from it; an unknown id in a page's path is reported as from the path (the
 * page is not found). Problems are pushed, never thrown.
 */
export function parsePath(path: string | undefined, known: KnownIds, problems: LinkProblem[]): PathTarget {
  if (path === undefined || path === "/") return none;
  const [, kind, id] = pagePath.exec(path) ?? [];
  if (id === undefined) {
    problems.push(unknownPage());
  } else if (kind === "q") {
    if (known.quoteIds.has(id)) return { theme: null, quote: id };
    problems.push(unknownQuote(id, "path"));
  } else {
    if (known.themeIds.has(id)) return { theme: id, quote: null };
    problems.push(unknownTheme(id, "path"));
  }
  return none;
}
