import { useEffect, useState } from "react";
import type { BriefingBody } from "./BriefingBody";

// The open panel's body (status, updates, skipped items) is a chunk of its own, fetched when the panel first opens
// (a closed panel shows only the count in its button), when a pointer or focus reaches the toggle, or at once when
// the panel starts open. Not React.lazy: a lazy component suspends at least once, and React then holds the body
// back ~300 ms after its code has arrived (it throttles revealing suspended content), so a panel that starts open
// would grow under the reader. The prerendered page never holds the updates: no feed is read at build time.

let loaded: typeof BriefingBody | null = null;
let loading: Promise<typeof BriefingBody> | null = null;

/** Fetches the body's code once; a failed fetch may be tried again. */
export function loadBriefingBody(): Promise<typeof BriefingBody> {
  loading ??= import("./BriefingBody").then(
    (module) => (loaded = module.BriefingBody),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The body's component once its code is here (null until then), and whether fetching it failed. */
export function useBriefingBody(wanted: boolean): { Body: typeof BriefingBody | null; failed: boolean } {
  // Re-renders once the code has arrived; the component itself is the module's `loaded`.
  const [, setArrived] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadBriefingBody().then(
      () => {
        if (current) setArrived(true);
      },
      (error: unknown) => {
        console.error("The live briefing's updates could not be loaded.", error);
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted]);
  return { Body: loaded, failed: failed && !loaded };
}
