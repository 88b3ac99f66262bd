import type { LiveStatus } from "../../lib/feed";

// Shape as well as colour: a filled dot only while live; a ring otherwise, dashed when offline. The words beside
// it (BriefingPanel) say the same for everyone.
const shapes: Record<LiveStatus, string> = {
  live: "bg-[#b42318] dark:bg-[#ff8a80]",
  connecting: "border-2 border-ink-muted dark:border-ink-muted-dark",
  stale: "border-2 border-ink-muted dark:border-ink-muted-dark",
  offline: "border-2 border-dashed border-ink-muted dark:border-ink-muted-dark",
};

/** The panel's live indicator, decorative: its meaning is also in the toggle's words. */
export function LiveDot({ status }: { status: LiveStatus }) {
  return (
    <span
      aria-hidden="true"
      data-live-status={status}
      className={`size-2.5 shrink-0 rounded-full ${shapes[status]}`}
    />
  );
}

/** The words for a status that is not plain "live", shown beside the title and read as part of its name. */
export const statusWords: Record<LiveStatus, string | null> = {
  live: null,
  connecting: null,
  stale: "not updating",
  offline: "offline",
};
