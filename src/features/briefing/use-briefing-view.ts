import { useState } from "react";
import {
  emptyView,
  mergePoll,
  pollAnnouncement,
  revealPending,
  type BriefingView,
  type Feed,
} from "../../lib/feed";

/** The live region's current words; `seq` changes with every announcement so repeats are announced too. */
export interface Announcement {
  /** Counts only, never item text. */
  text: string;
  /** Increments per announcement; used as a React key so identical words still reach screen readers. */
  seq: number;
}

interface State {
  source: Feed | undefined;
  view: BriefingView;
  announcement: Announcement;
}

const initial: State = { source: undefined, view: emptyView, announcement: { text: "", seq: 0 } };

/**
 * Folds each new query result into what the panel shows. Runs during render (React's "adjust state when a prop
 * changes" pattern), once per distinct result: TanStack Query keeps the same `feed` object when a poll returns
 * equal data, so an unchanged poll does nothing at all.
 */
export function useBriefingView(feed: Feed | undefined) {
  const [state, setState] = useState<State>(initial);
  if (feed !== undefined && feed !== state.source) {
    const { view, change } = mergePoll(state.view, feed.items);
    const text = pollAnnouncement(change, view.pending.length);
    setState({
      source: feed,
      view,
      announcement: text === null ? state.announcement : { text, seq: state.announcement.seq + 1 },
    });
  }

  /** Shows the held-back items; returns the id of the newest one so the caller can move focus to it. */
  function reveal(): string | null {
    const { view, first } = revealPending(state.view);
    setState((previous) => ({ ...previous, view }));
    return first;
  }

  return { view: state.view, announcement: state.announcement, reveal };
}
