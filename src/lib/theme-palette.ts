import type { PaletteName } from "./content-model/schema";

/**
 * Tailwind classes for one palette colour. `hl-<name>` (tailwind.config.js) sets the colour's variables — `--edge`,
 * `--soft`, `--shape` — for both colour schemes; the other classes draw with them.
 */
export interface PaletteClasses {
  /** On a quote's <mark>: its colours (src/index.css underlines it, and tints it in full colour). */
  mark: string;
  /** A solid swatch (theme chips and headings, map ticks), clipped to the theme's shape. */
  swatch: string;
  /** A left border in the theme colour. */
  border: string;
}

function classesFor(colour: string): PaletteClasses {
  return {
    mark: colour,
    // The shape is the cue that is not colour: circle, square, diamond, triangles, bars or cross.
    swatch: `${colour} bg-(--edge) [clip-path:var(--shape)]`,
    border: `${colour} border-(--edge)`,
  };
}

/**
 * Palette name → classes. Each `hl-<name>` is spelled out so Tailwind's scanner finds it; colours and shapes live in
 * theme-palette-colours.json.
 */
export const paletteClasses: Record<PaletteName, PaletteClasses> = {
  amber: classesFor("hl-amber"),
  sky: classesFor("hl-sky"),
  rose: classesFor("hl-rose"),
  green: classesFor("hl-green"),
  violet: classesFor("hl-violet"),
  teal: classesFor("hl-teal"),
  orange: classesFor("hl-orange"),
  slate: classesFor("hl-slate"),
};
