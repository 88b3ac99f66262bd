import { describe, expect, it } from "vitest";
import { buildReaderModel } from "../content-model/build-reader-model";
import article from "../content-model/fixtures/mini-article.json";
import annotations from "../content-model/fixtures/mini-annotations.json";
import themes from "../content-model/fixtures/mini-themes.json";
import { mapLayouts, mapPlaces, tickStylesheet } from "./map-stylesheet";

const built = buildReaderModel(article, themes, annotations);
if (!built.ok) throw new Error("the mini fixture must be valid content");
const places = mapPlaces(built.model);

describe("mapPlaces", () => {
  it("places every quote, in reading order, rising from 0 towards 1", () => {
    expect(places).toHaveLength(built.model.quotes.length);
    expect(places).toEqual([...places].sort((a, b) => a - b));
    for (const at of places) expect(at).toBeGreaterThanOrEqual(0);
    for (const at of places) expect(at).toBeLessThan(1);
  });
});

describe("tickStylesheet", () => {
  const layouts = mapLayouts(places);
  const lines = tickStylesheet(places, layouts).split("\n");

  it("states each layout's lanes and least length once", () => {
    const { vertical: v, horizontal: h } = layouts;
    expect(lines[0]).toBe(
      `:root{--lanes-v:${v.count};--length-v:${v.minLength}px;--lanes-h:${h.count};--length-h:${h.minLength}px}`,
    );
  });

  it("places each tick by its position in reading order, with its lane in each layout but lane 0, the CSS's fallback", () => {
    expect(lines).toHaveLength(places.length + 1);
    places.forEach((place, n) => {
      const at = (place * 100).toFixed(2);
      const lv = layouts.vertical.lanes[n] ?? -1;
      const lh = layouts.horizontal.lanes[n] ?? -1;
      const lanes = `${lv === 0 ? "" : `;--lv:${lv}`}${lh === 0 ? "" : `;--lh:${lh}`}`;
      expect(lines[n + 1]).toBe(`[data-tick="${n}"]{--at:${at}%${lanes}}`);
    });
    // The fixture has ticks in lane 0 and in another lane, so both forms are checked.
    expect(lines.some((line) => line.includes("--lv:") || line.includes("--lh:"))).toBe(true);
    expect(lines.slice(1).some((line) => !line.includes("--lv:"))).toBe(true);
  });
});
