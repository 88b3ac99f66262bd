// The sample feed released over time for `npm run dev:feed`, so anyone trying the app sees new updates arrive.

/** How often the local feed releases the next sample item. */
export const RELEASE_EVERY_MS = 20_000;
/** Items out at the start, so the panel has something to show at once. */
export const RELEASED_AT_START = 2;

/** A JSON Feed document: only `items` is touched. */
export interface JsonFeedDocument {
  items: unknown[];
  [field: string]: unknown;
}

/**
 * The sample as it stands `elapsed` ms after the server started: its items are released from the last in the file
 * up, one every RELEASE_EVERY_MS, each new one on top, so once all are out the feed is the file itself. Nothing is
 * added to an item (no date: the sample invents none).
 */
export function releasedSample(sample: JsonFeedDocument, elapsed: number): JsonFeedDocument {
  const count = Math.min(sample.items.length, RELEASED_AT_START + Math.floor(elapsed / RELEASE_EVERY_MS));
  return { ...sample, items: sample.items.slice(sample.items.length - count) };
}
