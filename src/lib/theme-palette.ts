import type { PaletteName } from "../content/schema";

/** Tailwind classes for one palette colour, spelled out in full so Tailwind's scanner finds them. */
export interface PaletteClasses {
  /** Highlight behind quoted text, with its underline colour. */
  mark: string;
  /** Outline drawn round the active quote. */
  activeOutline: string;
  /** A solid swatch (theme chips, claim edges). */
  swatch: string;
  /** A left border in the theme colour. */
  border: string;
}

/** Palette name → classes. Colours live in tailwind.config.js; AA contrast is checked by the e2e axe runs. */
export const paletteClasses: Record<PaletteName, PaletteClasses> = {
  amber: {
    mark: "bg-hl-amber-soft decoration-hl-amber-edge dark:bg-hl-amber-soft-dark dark:decoration-hl-amber-edge-dark",
    activeOutline: "outline-hl-amber-edge dark:outline-hl-amber-edge-dark",
    swatch: "bg-hl-amber-edge dark:bg-hl-amber-edge-dark",
    border: "border-hl-amber-edge dark:border-hl-amber-edge-dark",
  },
  sky: {
    mark: "bg-hl-sky-soft decoration-hl-sky-edge dark:bg-hl-sky-soft-dark dark:decoration-hl-sky-edge-dark",
    activeOutline: "outline-hl-sky-edge dark:outline-hl-sky-edge-dark",
    swatch: "bg-hl-sky-edge dark:bg-hl-sky-edge-dark",
    border: "border-hl-sky-edge dark:border-hl-sky-edge-dark",
  },
  rose: {
    mark: "bg-hl-rose-soft decoration-hl-rose-edge dark:bg-hl-rose-soft-dark dark:decoration-hl-rose-edge-dark",
    activeOutline: "outline-hl-rose-edge dark:outline-hl-rose-edge-dark",
    swatch: "bg-hl-rose-edge dark:bg-hl-rose-edge-dark",
    border: "border-hl-rose-edge dark:border-hl-rose-edge-dark",
  },
  green: {
    mark: "bg-hl-green-soft decoration-hl-green-edge dark:bg-hl-green-soft-dark dark:decoration-hl-green-edge-dark",
    activeOutline: "outline-hl-green-edge dark:outline-hl-green-edge-dark",
    swatch: "bg-hl-green-edge dark:bg-hl-green-edge-dark",
    border: "border-hl-green-edge dark:border-hl-green-edge-dark",
  },
  violet: {
    mark: "bg-hl-violet-soft decoration-hl-violet-edge dark:bg-hl-violet-soft-dark dark:decoration-hl-violet-edge-dark",
    activeOutline: "outline-hl-violet-edge dark:outline-hl-violet-edge-dark",
    swatch: "bg-hl-violet-edge dark:bg-hl-violet-edge-dark",
    border: "border-hl-violet-edge dark:border-hl-violet-edge-dark",
  },
  teal: {
    mark: "bg-hl-teal-soft decoration-hl-teal-edge dark:bg-hl-teal-soft-dark dark:decoration-hl-teal-edge-dark",
    activeOutline: "outline-hl-teal-edge dark:outline-hl-teal-edge-dark",
    swatch: "bg-hl-teal-edge dark:bg-hl-teal-edge-dark",
    border: "border-hl-teal-edge dark:border-hl-teal-edge-dark",
  },
  orange: {
    mark: "bg-hl-orange-soft decoration-hl-orange-edge dark:bg-hl-orange-soft-dark dark:decoration-hl-orange-edge-dark",
    activeOutline: "outline-hl-orange-edge dark:outline-hl-orange-edge-dark",
    swatch: "bg-hl-orange-edge dark:bg-hl-orange-edge-dark",
    border: "border-hl-orange-edge dark:border-hl-orange-edge-dark",
  },
  slate: {
    mark: "bg-hl-slate-soft decoration-hl-slate-edge dark:bg-hl-slate-soft-dark dark:decoration-hl-slate-edge-dark",
    activeOutline: "outline-hl-slate-edge dark:outline-hl-slate-edge-dark",
    swatch: "bg-hl-slate-edge dark:bg-hl-slate-edge-dark",
    border: "border-hl-slate-edge dark:border-hl-slate-edge-dark",
  },
};
