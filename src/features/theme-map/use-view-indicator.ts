import { useEffect, type RefObject } from "react";
import { mapFraction } from "../../lib/theme-map/map-scale";
import type { TextRange } from "../../lib/text-range";

/**
 * One map's part of drawing the viewport (the fractions of the map it spans): it reads layout and returns its writes,
 * so that no map's writes force layout again for the next map's reads.
 */
type Draw = (view: { start: number; end: number } | null) => () => void;

const maps = new Set<Draw>();
let measure: (() => TextRange | null) | null = null;
let paragraphs: readonly TextRange[] = [];
let frame = 0;

function update(): void {
  if (frame !== 0) return;
  // One measurement a frame, however many scroll events and maps.
  frame = requestAnimationFrame(() => {
    frame = 0;
    const view = measure?.() ?? null;
    const span = view && {
      start: mapFraction(paragraphs, view.start),
      end: mapFraction(paragraphs, view.end),
    };
    const writes = [...maps].map((draw) => draw(span));
    for (const write of writes) write();
  });
}

function listen(on: boolean): void {
  // The page's one scroll listener for the maps: passive, so it never holds up scrolling.
  const method = on ? "addEventListener" : "removeEventListener";
  window[method]("scroll", update, { passive: true });
  window[method]("resize", update, { passive: true });
}

/**
 * Keeps a map's viewport indicator on the text in view, through CSS variables on the indicator `view` itself
 * (`--view-start`, `--view-size`, fractions of the map) that a transform reads: moving it never shifts layout and
 * restyles that one element (set on the map, they restyled every tick: 30-80 ms a frame on a phone slowed 4×).
 * Every map on the page shares one passive, frame-throttled scroll listener. `measureView` says which text is on screen. A map that
 * scrolls sideways (the narrow strip, when the screen is narrower than its least length) brings the indicator to its
 * middle as the page scrolls; the reader can still swipe it to look further, as that moves the strip, not the page.
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
    measure = measureView;
    paragraphs = body;
    const draw: Draw = (span) => {
      const track = element.firstElementChild;
      const scroll =
        span && track instanceof HTMLElement && element.scrollWidth > element.clientWidth
          ? track.offsetLeft + ((span.start + span.end) / 2) * track.offsetWidth - element.clientWidth / 2
          : null;
      return () => {
        band.style.setProperty("--view-start", String(span?.start ?? 0));
        band.style.setProperty("--view-size", String(span ? Math.max(0, span.end - span.start) : 0));
        if (scroll !== null) element.scrollLeft = scroll;
      };
    };
    maps.add(draw);
    if (maps.size === 1) listen(true);
    update();
    return () => {
      maps.delete(draw);
      if (maps.size === 0) listen(false);
    };
  }, [map, view, measureView, body]);
}
