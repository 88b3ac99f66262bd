/**
 * The listener set behind every external store of the app (`useSyncExternalStore`): `subscribe` returns its own
 * unsubscribe; `onFirst` runs when the first listener arrives and `onLast` when the last leaves, so a store
 * listens to the browser (storage, history, a timer) only while someone is listening to it.
 */
export function createSubscribers(hooks: { onFirst?: () => void; onLast?: () => void } = {}) {
  const listeners = new Set<() => void>();
  return {
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      if (listeners.size === 1) hooks.onFirst?.();
      return () => {
        if (!listeners.delete(listener)) return;
        if (listeners.size === 0) hooks.onLast?.();
      };
    },
    emit: (): void => {
      for (const listener of listeners) listener();
    },
  };
}
