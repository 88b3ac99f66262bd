import { encodePassage } from "./passage-format.ts";
import type { ReaderLocation } from "./types";

/** The query and fragment of a location, e.g. `?theme=negotiations#negotiations-support-today` ("" for none). */
export function buildSearchAndHash(location: ReaderLocation): string {
  const search = location.theme === null ? "" : `?theme=${encodeURIComponent(location.theme)}`;
  const hash =
    location.passage !== null
      ? `#${encodePassage(location.passage)}`
      : location.quote !== null
        ? `#${encodeURIComponent(location.quote)}`
        : "";
  return search + hash;
}

/**
 * The link to a location, relative to the site: `/`, `/#<quote-id>`, `/?theme=<theme-id>`,
 * `/?theme=<theme-id>#<quote-id>` or `/#passage=…`. `parseLocation` reads it back to the same location.
 */
export function buildHref(location: ReaderLocation, path = "/"): string {
  return path + buildSearchAndHash(location);
}
