import type { ReaderModel } from "../content-model/types";
import { layoutLanes, type MapLanes } from "./map-lanes";
import { mapFraction } from "./map-scale";

/** The map's lanes in its two layouts: a column beside the article, a strip under the site bar. */
export interface MapLayouts {
  vertical: MapLanes;
  horizontal: MapLanes;
}

/**
 * The ticks' places and lanes, each layout's lane count and least length (on the root: the page's grid leaves the
 * column's room by its lane count), as CSS written into the stylesheet at build
 * time: the page's Content-Security-Policy allows no `style` attributes, and a tick placed by the stylesheet is in
 * place at first paint, with no script. A tick is found by its place in reading order (`data-tick="<n>"`), which
 * keeps the rules short.
 */
export function tickStylesheet(places: readonly number[], layouts: MapLayouts): string {
  const { vertical: v, horizontal: h } = layouts;
  const map = `:root{--lanes-v:${v.count};--length-v:${v.minLength}px;--lanes-h:${h.count};--length-h:${h.minLength}px}`;
  // Lane 0 is theme-map.css's fallback (`var(--lv, 0)`): left out, since these rules are in every page's inline CSS.
  const lane = (name: string, value = 0) => (value === 0 ? "" : `;${name}:${value}`);
  const rules = places.map(
    (at, n) =>
      `[data-tick="${n}"]{--at:${(at * 100).toFixed(2)}%${lane("--lv", v.lanes[n])}${lane("--lh", h.lanes[n])}}`,
  );
  return [map, ...rules].join("\n");
}

/** Each quote's place on the map (0 to 1), in reading order: the order of the ticks. */
export function mapPlaces(model: ReaderModel): number[] {
  return model.quotes.map((quote) => mapFraction(model.paragraphs, quote.start));
}

/** Lanes per map: the column beside the article takes up to three (72 px wide), the strip under the bar two. */
export function mapLayouts(places: readonly number[]): MapLayouts {
  return { vertical: layoutLanes(places, 3), horizontal: layoutLanes(places, 2) };
}
