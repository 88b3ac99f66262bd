import { memo, useMemo, useRef, type MouseEvent } from "react";
import type { Theme } from "../../lib/content-model/schema";
import type { ReaderAction } from "../../lib/reader/state";
import { isPlainClick } from "../../lib/plain-click";
import type { MapTick } from "../../lib/theme-map/map-ticks";
import type { TextRange } from "../../lib/text-range";
import { paletteClasses } from "../../lib/theme-palette";
import { tickOf, useTabStop } from "./use-tab-stop";
import { useViewIndicator } from "./use-view-indicator";
import "virtual:theme-map.css";
import "./theme-map.css";

interface ThemeMapProps {
  ticks: readonly MapTick[];
  themes: readonly Theme[];
  activeQuoteId: string | null;
  focusedThemeId: string | null;
  dispatch: (action: ReaderAction) => void;
  /** The article text on screen now, as offsets (the viewport indicator follows it). */
  measureView: () => TextRange | null;
  /** The body paragraphs' ranges: the scale ticks and indicator share (see mapFraction). */
  paragraphs: readonly TextRange[];
}

/**
 * The article top to bottom, a tick per quote at its place in its theme's colour and shape, and the part on
 * screen: a strip under the site bar on narrow screens, a column beside the article on wide ones (theme-map.css). Ticks are links to `#<quote-id>` (so they work before and without script); with script they activate
 * the quote through the controller, as clicking it in the article would, and scroll to it. Tick places come from
 * the stylesheet the build writes (virtual:theme-map.css), by their place in reading order (`data-tick`). The map is
 * one tab stop (a roving tabindex: use-tab-stop.ts): Tab passes it in one step, not one per quote, and the arrow
 * keys, Home and End move among its ticks.
 */
export const ThemeMap = memo(function ThemeMap(props: ThemeMapProps) {
  const { ticks, activeQuoteId, focusedThemeId, dispatch } = props;
  const nav = useRef<HTMLElement>(null);
  const view = useRef<HTMLDivElement>(null);
  useViewIndicator(nav, view, props.measureView, props.paragraphs);
  const palettes = useMemo(
    () => new Map(props.themes.map((t) => [t.id, paletteClasses[t.color]])),
    [props.themes],
  );
  const tabStop = useTabStop(nav, ticks, activeQuoteId);

  function onClick(event: MouseEvent) {
    // A modified click opens the link as the browser would (a new tab, say).
    if (!isPlainClick(event)) return;
    // A tick is known by its place in reading order (`data-tick`, which also places it): no attribute repeats its
    // quote's id beside the href, in every page's first round trip.
    const quoteId = ticks[Number(tickOf(event.target)?.dataset.tick)]?.quoteId;
    if (quoteId === undefined) return;
    event.preventDefault();
    dispatch({ type: "map-tick-chosen", quoteId });
  }

  return (
    <nav
      ref={nav}
      aria-label="Theme map"
      data-focus={focusedThemeId !== null || undefined}
      className="theme-map text-ink-muted dark:text-ink-muted-dark"
      onClick={onClick}
      onFocus={tabStop.onFocus}
      onBlur={tabStop.onBlur}
      onKeyDown={tabStop.onKeyDown}
    >
      <div className="theme-map-track">
        <div ref={view} aria-hidden="true" className="theme-map-view bg-ink/10 dark:bg-ink-dark/20" />
        <ol className="contents">
          {ticks.map((tick, n) => {
            const palette = palettes.get(tick.themeId);
            const active = tick.quoteId === activeQuoteId;
            const inFocus = tick.themeId === focusedThemeId;
            return (
              <li key={tick.quoteId} className="contents">
                <a
                  href={`#${tick.quoteId}`}
                  data-tick={n}
                  data-in-focus={inFocus || undefined}
                  aria-label={tick.label}
                  aria-current={active ? "true" : undefined}
                  // A link is a tab stop by itself: only the others say otherwise.
                  tabIndex={n === tabStop.stop ? undefined : -1}
                  className="map-tick"
                >
                  <span aria-hidden="true" className={`map-tick-mark ${palette?.swatch ?? ""}`} />
                </a>
              </li>
            );
          })}
        </ol>
      </div>
    </nav>
  );
});
