import { parsePath } from "./page-path.ts";
import { decodePassage, PASSAGE_KEY } from "./passage-format.ts";
import { passageFromDirective, splitFragmentDirective } from "./text-directive.ts";
import {
  duplicateParameter,
  malformed,
  tooLong,
  unexpectedParameters,
  unknownQuote,
  unknownTheme,
} from "./problems.ts";
import type { KnownIds, LinkProblem, ParsedLocation, PassageSelector, UrlParts } from "./types";

/** The longest query string read at all; the reader's own links need a few dozen characters. */
export const MAX_QUERY_LENGTH = 2_000;
/** The longest fragment read at all; a passage link stays under about 1,500 characters. */
export const MAX_FRAGMENT_LENGTH = 8_000;
/** The longest theme or quote id accepted. */
export const MAX_ID_LENGTH = 100;

const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Parameters that sharing sites and newsletters append: ignoring them silently is not a failure.
const trackingParameter =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|igshid|twclid)$/;

/** `decodeURIComponent` that reports failure instead of throwing. */
function tryDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

function parseTheme(search: string, known: KnownIds, problems: LinkProblem[]): string | null {
  const query = search.startsWith("?") ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    problems.push(tooLong("query", query.length, MAX_QUERY_LENGTH));
    return null;
  }
  const themeValues: string[] = [];
  const unexpected: string[] = [];
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    // Form encoding (`+` for a space) is what a query string may carry, as URLSearchParams reads it.
    const name = tryDecode((equals === -1 ? pair : pair.slice(0, equals)).replace(/\+/g, " "));
    const value = equals === -1 ? "" : tryDecode(pair.slice(equals + 1).replace(/\+/g, " "));
    if (name === null) {
      problems.push(malformed("query", "a parameter name contains an invalid %-escape"));
    } else if (name === "theme") {
      if (value === null) problems.push(malformed("theme", "it contains an invalid %-escape"));
      else themeValues.push(value);
    } else if (!trackingParameter.test(name) && !unexpected.includes(name)) {
      unexpected.push(name);
    }
  }
  if (unexpected.length > 0) problems.push(unexpectedParameters(unexpected));
  if (themeValues.length > 1) problems.push(duplicateParameter("theme"));
  const [theme] = themeValues;
  if (theme === undefined) return null;
  if (theme === "") {
    problems.push(malformed("theme", "it is empty"));
    return null;
  }
  if (theme.length > MAX_ID_LENGTH) {
    problems.push(tooLong("theme", theme.length, MAX_ID_LENGTH));
    return null;
  }
  if (!kebabId.test(theme)) {
    problems.push(malformed("theme", "a theme id has only lowercase letters, digits and hyphens"));
    return null;
  }
  if (!known.themeIds.has(theme)) {
    problems.push(unknownTheme(theme));
    return null;
  }
  return theme;
}

type FragmentTarget = { quote: string | null; passage: null } | { quote: null; passage: PassageSelector };

const none: FragmentTarget = { quote: null, passage: null };

/**
 * Reads the fragment: the reader's own passage link (`passage=…`, whatever text directive follows it), else a
 * browser's text fragment (`:~:text=…`, which wins over a quote id before it, as browsers let it win over an
 * element's id), else a quote id.
 */
function parseFragment(hash: string, known: KnownIds, problems: LinkProblem[]): FragmentTarget {
  const whole = hash.startsWith("#") ? hash.slice(1) : hash;
  if (whole === "") return none;
  if (whole.length > MAX_FRAGMENT_LENGTH) {
    problems.push(tooLong("fragment", whole.length, MAX_FRAGMENT_LENGTH));
    return none;
  }
  const { fragment, directive } = splitFragmentDirective(whole);
  if (fragment.startsWith(PASSAGE_KEY)) {
    const decoded = decodePassage(fragment.slice(PASSAGE_KEY.length));
    if (decoded.ok) return { quote: null, passage: decoded.passage };
    problems.push(decoded.problem);
    return none;
  }
  if (directive !== null) {
    const text = passageFromDirective(directive);
    if (!text.ok) problems.push(text.problem);
    else if (text.passage !== null) return { quote: null, passage: text.passage };
  }
  if (fragment === "") return none;
  const id = tryDecode(fragment);
  if (id === null) {
    problems.push(malformed("fragment", "it contains an invalid %-escape"));
    return none;
  }
  if (id.length > MAX_ID_LENGTH) {
    problems.push(tooLong("quote", id.length, MAX_ID_LENGTH));
    return none;
  }
  if (!kebabId.test(id)) {
    problems.push(malformed("fragment", "it is neither a quote id nor a “passage=” link"));
    return none;
  }
  if (!known.quoteIds.has(id)) {
    problems.push(unknownQuote(id));
    return none;
  }
  return { quote: id, passage: null };
}

/**
 * Reads a reader location from a URL's path, query and fragment. A quote or theme page's path says what the page
 * shows; a `?theme=` or a fragment in the URL overrides its part of that. Never throws: whatever cannot be followed
 * is left out of the location (as `null`) and described in `problems`.
 */
export function parseLocation(url: UrlParts, known: KnownIds): ParsedLocation {
  const problems: LinkProblem[] = [];
  const page = parsePath(url.path, known, problems);
  const theme = parseTheme(url.search, known, problems) ?? page.theme;
  const fragment = parseFragment(url.hash, known, problems);
  const target: FragmentTarget =
    fragment.quote === null && fragment.passage === null ? { quote: page.quote, passage: null } : fragment;
  return { location: { theme, ...target }, problems };
}
