import { focusManager, onlineManager } from "@tanstack/react-query";
import { useSyncExternalStore } from "react";

// TanStack Query's own focus and online managers: the panel says what the query acts on.
const subscribeFocus = (listener: () => void) => focusManager.subscribe(listener);
const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener);

/** The page is hidden (another tab, minimised): polls are rare then. Visible on the server and while hydrating. */
export function usePageHidden(): boolean {
  return useSyncExternalStore(
    subscribeFocus,
    () => !focusManager.isFocused(),
    () => false,
  );
}

/** The browser says it is online (its `online` and `offline` events). Online on the server and while hydrating. */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => onlineManager.isOnline(),
    () => true,
  );
}
