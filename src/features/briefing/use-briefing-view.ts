import { useCallback, useState } from "react";
import {
  initialBriefingState,
  reduceBriefing,
  type BriefingState,
  type Feed,
  type FeedChange,
} from "../../lib/feed";

/**
 * Folds each feed the query brings into what the panel shows. Runs during render (React's "adjust state when a prop
 * changes" pattern) and does nothing for a feed already merged: an unchanged poll keeps the same feed object.
 * `changed` (the items that differ from the feed before) spares merging the ones already merged.
 */
export function useBriefingView(
  feed: Feed | null,
  changed: FeedChange | null,
  arrivedAt: number,
): BriefingState & { reveal: () => void } {
  const [state, setState] = useState(initialBriefingState);
  if (feed !== null) {
    const next = reduceBriefing(state, {
      type: "feed-arrived",
      feed,
      at: arrivedAt,
      ...(changed === null ? {} : { changed }),
    });
    if (next !== state) setState(next);
  }
  const reveal = useCallback(() => {
    setState((previous) => reduceBriefing(previous, { type: "pending-revealed" }));
  }, []);
  return { ...state, reveal };
}
