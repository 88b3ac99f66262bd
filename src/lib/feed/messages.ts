import { counted } from "../plural";
import type { PollChange } from "./merge";

// The words a closed panel needs (its count and its live region). What only the open panel says, failures and
// skipped items, is in status-messages.ts, which loads with the open panel's chunk.

/** "1 new update" / "3 new updates": the words on the reveal button and in the live region. */
export function newUpdatesLabel(pending: number): string {
  return counted(pending, "new update");
}

/**
 * What the live region says after a poll: counts only, never item text (a screen reader would otherwise read
 * whole posts unasked). `null` when the poll changed nothing the reader can see.
 */
export function pollAnnouncement(change: PollChange, pending: number): string | null {
  const parts: string[] = [];
  if (change.added > 0) parts.push(newUpdatesLabel(pending));
  if (change.revised > 0) parts.push(counted(change.revised, "update revised", "updates revised"));
  return parts.length > 0 ? parts.join(", ") : null;
}
