import { useSyncExternalStore } from "react";

/** Whether a media query matches; false during prerender and hydration (the server snapshot). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => {
        list.removeEventListener("change", onChange);
      };
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** The breakpoint below which the claims sidebar becomes a panel (Tailwind's `lg`). */
export const narrowQuery = "(max-width: 63.999rem)";

/** The reader asked for less motion. */
export const reducedMotionQuery = "(prefers-reduced-motion: reduce)";
