import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, parse, type Color } from "culori";
import { describe, expect, it } from "vitest";
import { paletteNames } from "./content-model/schema";
import colours from "./theme-palette-colours.json";
import { paletteClasses } from "./theme-palette";

// The themes' colours must stay apart for readers with the common red-green colour-vision deficiencies, not only
// for typical vision: each pair at least this far apart (CIEDE2000; ~2 is a just-noticeable difference).
const MIN_DISTANCE = 15;

const deltaE = differenceCiede2000();
const visions: Record<string, (c: Color) => Color> = {
  "typical vision": (c) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
};

function colour(hex: string): Color {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
}

/** The closest pair of colours as seen with `see`, and how far apart they are. */
function closestPair(named: Record<string, string>, see: (c: Color) => Color) {
  const entries = Object.entries(named).map(([name, hex]) => [name, see(colour(hex))] as const);
  let closest = { distance: Infinity, pair: "" };
  entries.forEach(([a, ca], i) => {
    for (const [b, cb] of entries.slice(i + 1)) {
      const distance = deltaE(ca, cb);
      if (distance < closest.distance) closest = { distance, pair: `${a} / ${b}` };
    }
  });
  return closest;
}

describe("the theme palette", () => {
  it("has colours for exactly the palette names themes may use, and classes for each", () => {
    expect(Object.keys(colours).sort()).toEqual([...paletteNames].sort());
    expect(Object.keys(paletteClasses).sort()).toEqual([...paletteNames].sort());
  });

  // The edge colour is what tells themes apart: the underline, the swatch and the map tick.
  for (const scheme of ["edge", "edge-dark"] as const) {
    const named = Object.fromEntries(Object.entries(colours).map(([name, c]) => [name, c[scheme]]));
    for (const [vision, see] of Object.entries(visions)) {
      it(`keeps every pair of ${scheme === "edge" ? "light" : "dark"}-scheme colours ≥ ${MIN_DISTANCE} ΔE2000 apart with ${vision}`, () => {
        const { distance, pair } = closestPair(named, see);
        expect(distance, `closest pair: ${pair} at ${distance.toFixed(1)}`).toBeGreaterThanOrEqual(
          MIN_DISTANCE,
        );
      });
    }
  }
});
