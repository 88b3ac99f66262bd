import { encodePassage } from "./passage-format.ts";
import { encodeTextDirective, FRAGMENT_DIRECTIVE_DELIMITER, textDirectiveFor } from "./text-directive.ts";
import type { PassageSelector, ReaderLocation } from "./types";

/**
 * A passage's fragment (without `#`): the reader's own `passage=…` (position hint, context), then a text directive
 * for browsers without the app, which must come last (`:~:text=…`); a passage that came from a text fragment has
 * no position and is its text directive alone, as it came.
 */
function passageFragment(passage: PassageSelector): string {
  if (passage.hint === null) {
    const { prefix, exact, exactEnd, suffix } = passage;
    const directive = { prefix: prefix || null, start: exact, end: exactEnd, suffix: suffix || null };
    return FRAGMENT_DIRECTIVE_DELIMITER + encodeTextDirective(directive);
  }
  const own = encodePassage({ ...passage, hint: passage.hint });
  return own + FRAGMENT_DIRECTIVE_DELIMITER + encodeTextDirective(textDirectiveFor(passage));
}

/** The query and fragment of a location, e.g. `?theme=negotiations#negotiations-support-today` ("" for none). */
export function buildSearchAndHash(location: ReaderLocation): string {
  const search = location.theme === null ? "" : `?theme=${encodeURIComponent(location.theme)}`;
  const hash =
    location.passage !== null
      ? `#${passageFragment(location.passage)}`
      : location.quote !== null
        ? `#${encodeURIComponent(location.quote)}`
        : "";
  return search + hash;
}

/**
 * The link to a location, relative to the site: `/`, `/#<quote-id>`, `/?theme=<theme-id>`,
 * `/?theme=<theme-id>#<quote-id>`, `/#passage=…:~:text=…` or `/#:~:text=…`. `parseLocation` reads it back to the
 * same location.
 */
export function buildHref(location: ReaderLocation, path = "/"): string {
  return path + buildSearchAndHash(location);
}
