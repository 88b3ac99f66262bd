import { useSyncExternalStore } from "react";

// One shared clock for every relative time in the panel, so labels tick over without refetching the feed.
const TICK_MS = 15_000;

const listeners = new Set<() => void>();
let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  now = Date.now();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(tick, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in epoch ms, refreshed every few seconds; `null` while prerendering and hydrating. */
export function useNow(): number | null {
  return useSyncExternalStore(
    subscribe,
    () => (timer === undefined ? null : now),
    () => null,
  );
}
