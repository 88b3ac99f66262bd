import { useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { tickAfterKey } from "../../lib/theme-map/map-keys";

/** The tick that holds an event's target, if any. */
export const tickOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>("a[data-tick]") : null;

/**
 * The map as one tab stop (WAI-ARIA's roving tabindex): `stop` is the one tick Tab reaches; the handlers go on the
 * map. The stop is the tick the reader last focused (an arrow key, a click, a screen reader's cursor) while focus
 * stays in the map or the quote active then stays active; else the active quote's tick; else the first. It is
 * state, rendered as each tick's tabindex, not set on the links by hand: the prerendered HTML has its one stop
 * already, and hydration agrees with it.
 */
export function useTabStop(
  map: RefObject<HTMLElement | null>,
  ticks: readonly { quoteId: string }[],
  activeQuoteId: string | null,
) {
  // The tick last focused; the quote active when focus left the map (undefined while focus is in it).
  const [focused, setFocused] = useState<{ tick: number; active?: string | null } | null>(null);
  const stop =
    focused && (focused.active === undefined || focused.active === activeQuoteId)
      ? focused.tick
      : Math.max(
          0,
          ticks.findIndex((t) => t.quoteId === activeQuoteId),
        );

  return {
    stop,
    onFocus: (event: FocusEvent) => {
      const link = tickOf(event.target);
      if (!link) return;
      setFocused({ tick: Number(link.dataset.tick) });
      // Focus scrolls the strip only to a tick wholly out of view: one at its edge stayed cut. Not for a tap's
      // focus, which would move the tick from under the finger before the click.
      if (link.matches(":focus-visible")) link.scrollIntoView({ block: "nearest", inline: "nearest" });
    },
    onBlur: (event: FocusEvent) => {
      if (!map.current?.contains(event.relatedTarget))
        setFocused((f) => f && { ...f, active: activeQuoteId });
    },
    onKeyDown: (event: KeyboardEvent) => {
      const link = tickOf(event.target);
      // With Alt (or Command) the arrows go back and forward in history: the browser's.
      const next =
        link && !event.altKey && !event.metaKey
          ? tickAfterKey(event.key, Number(link.dataset.tick), ticks.length)
          : null;
      if (next === null) return;
      // The arrows would otherwise scroll the page (or the strip) as well.
      event.preventDefault();
      // The map's links are its ticks, in reading order.
      map.current?.querySelectorAll("a")[next]?.focus();
    },
  };
}
