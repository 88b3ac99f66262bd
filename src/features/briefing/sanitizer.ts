import { useEffect, useSyncExternalStore } from "react";
import { createSubscribers } from "../../lib/subscribers";

/** Feed HTML made safe to insert, or `null` when it cannot be (see sanitize-content.ts). */
export type Sanitize = (html: string) => string | null;

// The sanitisers (js-xss and DOMPurify, ~16 kB gzip) load only once an update with HTML is shown: a JSON Feed of
// plain text, or a closed panel, never fetches them.
let sanitize: Sanitize | null = null;
let loading = false;
const { subscribe, emit } = createSubscribers();

// The open panel's items unmount when it closes; at the next opening their HTML would be parsed and filtered again.
const REMEMBERED = 200;

/** `clean` remembering its last results (oldest forgotten first): each HTML string is sanitised once. */
function remembered(clean: Sanitize): Sanitize {
  const results = new Map<string, string | null>();
  return (html) => {
    if (results.has(html)) return results.get(html) ?? null;
    const result = clean(html);
    results.set(html, result);
    if (results.size > REMEMBERED) results.delete(results.keys().next().value ?? "");
    return result;
  };
}

function load() {
  if (loading) return;
  loading = true;
  import("./sanitize-content")
    .then(({ sanitizeFeedHtml }) => {
      sanitize = remembered(sanitizeFeedHtml);
      emit();
    })
    .catch((error: unknown) => {
      // Left unloaded: the next update with HTML tries again; meanwhile those updates say they are loading.
      loading = false;
      console.error("Live briefing: the HTML sanitiser could not be loaded", error);
    });
}

/** The sanitiser once loaded, else `null`; asks for it when `needed`. */
export function useSanitizer(needed: boolean): Sanitize | null {
  const current = useSyncExternalStore(
    subscribe,
    () => sanitize,
    () => null,
  );
  useEffect(() => {
    if (needed) load();
  }, [needed]);
  return current;
}
