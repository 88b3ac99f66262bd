import { useState, type FocusEvent, type KeyboardEvent, type RefObject } from "react";
import { tabStopTick, tickAfterKey } from "../../lib/theme-map/map-keys";

/** The tick a reader last focused: which quote was active then, and whether focus is still in the map. */
interface Focused {
  tick: number;
  active: string | null;
  inside: boolean;
}

/** The tick that holds an event's target, if any. */
export const tickOf = (target: EventTarget | null) =>
  target instanceof Element ? target.closest<HTMLElement>("a[data-tick]") : null;

/**
 * The map as one tab stop (WAI-ARIA's roving tabindex): `stop` is the one tick Tab reaches, the handlers go on the
 * map. The stop is the tick the reader last focused (however: an arrow key, a click, a screen reader's cursor) while
 * focus stays in the map, or until another quote becomes active (a click in the article, j, a claim), whose tick it
 * then is. It is state, rendered as each tick's tabindex, not set on the links by hand: the prerendered HTML has
 * its one tab stop already, and hydration agrees with it.
 */
export function useTabStop(
  map: RefObject<HTMLElement | null>,
  ticks: readonly { quoteId: string }[],
  activeQuoteId: string | null,
) {
  const [focused, setFocused] = useState<Focused | null>(null);
  const stillFocused = focused !== null && (focused.inside || focused.active === activeQuoteId);
  const activeTick = ticks.findIndex((t) => t.quoteId === activeQuoteId);
  const stop = tabStopTick(activeTick, stillFocused ? focused.tick : null);

  return {
    stop,
    onFocus: (event: FocusEvent) => {
      const link = tickOf(event.target);
      if (!link) return;
      setFocused({ tick: Number(link.dataset.tick), active: activeQuoteId, inside: true });
      // Focus scrolls the strip only to a tick wholly out of view: one at its edge stayed cut. Not for a tap's
      // focus, which would move the tick from under the finger before the click.
      if (link.matches(":focus-visible")) link.scrollIntoView({ block: "nearest", inline: "nearest" });
    },
    onBlur: (event: FocusEvent) => {
      if (map.current?.contains(event.relatedTarget)) return;
      // Leaving, the tick stays the stop until another quote than this one becomes active.
      setFocused((f) => f && { ...f, active: activeQuoteId, inside: false });
    },
    onKeyDown: (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const link = tickOf(event.target);
      const next = link && tickAfterKey(event.key, Number(link.dataset.tick), ticks.length);
      if (next === null) return;
      // The arrows would otherwise scroll the page (or the strip) as well.
      event.preventDefault();
      map.current?.querySelector<HTMLElement>(`a[data-tick="${next}"]`)?.focus();
    },
  };
}
