import { useEffect, useSyncExternalStore } from "react";
import { createSubscribers } from "../../lib/subscribers";

/** Feed HTML made safe to insert, or `null` when it cannot be (see sanitize-content.ts). */
export type Sanitize = (html: string) => string | null;

// The sanitisers (js-xss and DOMPurify, ~16 kB gzip) load only once an update with HTML is shown: a JSON Feed of
// plain text, or a closed panel, never fetches them.
let sanitize: Sanitize | null = null;
let loading = false;
const { subscribe, emit } = createSubscribers();

function load() {
  if (loading) return;
  loading = true;
  import("./sanitize-content")
    .then(({ sanitizeFeedHtml }) => {
      sanitize = (html) => sanitizeFeedHtml(html);
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
