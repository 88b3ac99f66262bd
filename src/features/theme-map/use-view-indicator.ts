import { useEffect, type RefObject } from "react";
import { mapFraction } from "../../lib/theme-map/map-scale";
import type { TextRange } from "../../lib/text-range";

/**
 * Keeps the map's viewport indicator on the text in view, through CSS variables on the indicator `view` itself
 * (`--view-start`, `--view-size`, fractions of the map) that a transform reads: moving it never shifts layout and
 * restyles that one element (set on the map, they restyled every tick: 30-80 ms a frame on a phone slowed 4×).
 * One passive scroll listener, so it never holds up scrolling, and one measurement a frame however many scroll
 * events; each frame reads layout first, then writes. `measureView` says which text is on screen. When the map
 * scrolls sideways (the narrow strip, when the screen is narrower than its least length) it brings the indicator to
 * its middle as the page scrolls; the reader can still swipe it to look further, as that moves the strip, not the
 * page.
 */
export function useViewIndicator(
  map: RefObject<HTMLElement | null>,
  view: RefObject<HTMLElement | null>,
  measureView: () => TextRange | null,
  body: readonly TextRange[],
): void {
  useEffect(() => {
    const element = map.current;
    const band = view.current;
    if (!element || !band) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const seen = measureView();
      const span = seen && { start: mapFraction(body, seen.start), end: mapFraction(body, seen.end) };
      const track = element.firstElementChild;
      const scroll =
        span && track instanceof HTMLElement && element.scrollWidth > element.clientWidth
          ? track.offsetLeft + ((span.start + span.end) / 2) * track.offsetWidth - element.clientWidth / 2
          : null;
      band.style.setProperty("--view-start", String(span?.start ?? 0));
      band.style.setProperty("--view-size", String(span ? Math.max(0, span.end - span.start) : 0));
      if (scroll !== null) element.scrollLeft = scroll;
    };
    const update = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    window.addEventListener("scroll", update, { passive: true });
    window.addEventListener("resize", update, { passive: true });
    update();
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener("scroll", update);
      window.removeEventListener("resize", update);
    };
  }, [map, view, measureView, body]);
}
