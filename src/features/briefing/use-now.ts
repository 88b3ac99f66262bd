import { useSyncExternalStore } from "react";
import { createSubscribers } from "../../lib/subscribers";

// One shared clock for every relative time in the panel, so labels tick over without refetching the feed. Only the
// open panel's chunk (BriefingBody) reads it.
const TICK_MS = 15_000;

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

const { subscribe, emit } = createSubscribers({
  onFirst: () => {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      emit();
    }, TICK_MS);
  },
  onLast: () => {
    clearInterval(timer);
    timer = undefined;
  },
});

/** The current time in epoch ms, refreshed every few seconds; `null` while prerendering and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (timer === undefined ? null : now),
    () => null,
  );
}
