import { useCallback, useState } from "react";
import { initialBriefingState, reduceBriefing, type BriefingState, type Feed } from "../../lib/feed";

/**
 * Folds each feed the query brings into what the panel shows. Runs during render (React's "adjust state when a prop
 * changes" pattern) and does nothing for a feed already merged: an unchanged poll keeps the same feed object.
 */
export function useBriefingView(
  feed: Feed | null,
  arrivedAt: number,
): BriefingState & { reveal: () => void } {
  const [state, setState] = useState(initialBriefingState);
  if (feed !== null) {
    const next = reduceBriefing(state, { type: "feed-arrived", feed, at: arrivedAt });
    if (next !== state) setState(next);
  }
  const reveal = useCallback(() => {
    setState((previous) => reduceBriefing(previous, { type: "pending-revealed" }));
  }, []);
  return { ...state, reveal };
}
