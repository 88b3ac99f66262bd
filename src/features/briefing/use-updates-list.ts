import { useEffect, useState } from "react";
import type { BriefingUpdates } from "./BriefingUpdates";

// The open panel's list is a chunk of its own, fetched when the panel first opens (a closed panel shows only the
// count in its button), when a pointer or focus reaches the toggle, or at once when the panel starts open. Not
// React.lazy: a lazy component suspends at least once, and React then holds the list back ~300 ms after its code
// has arrived (it throttles revealing suspended content), so a panel that starts open would grow under the reader.
// The prerendered page never holds the list: no feed is read at build time.

let loaded: typeof BriefingUpdates | null = null;
let loading: Promise<typeof BriefingUpdates> | null = null;

/** Fetches the list's code once; a failed fetch may be tried again. */
export function loadUpdatesList(): Promise<typeof BriefingUpdates> {
  loading ??= import("./BriefingUpdates").then(
    (module) => (loaded = module.BriefingUpdates),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The list's component once its code is here (null until then), and whether fetching it failed. */
export function useUpdatesList(wanted: boolean): { List: typeof BriefingUpdates | null; failed: boolean } {
  // Re-renders once the code has arrived; the component itself is the module's `loaded`.
  const [, setArrived] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    loadUpdatesList().then(
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
  return { List: loaded, failed: failed && !loaded };
}
