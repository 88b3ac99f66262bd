// The cards' colours, from the site's own palette (tailwind.config.js, and the theme colours it reads from
// src/lib/theme-palette-colours.json): a theme's card wears its highlight colours.
import type { PaletteName } from "../../src/lib/content-model/schema";
import themePalette from "../../src/lib/theme-palette-colours.json" with { type: "json" };

/** The colours of one card. */
export interface CardColors {
  /** Page background. */
  paper: string;
  /** Body text. */
  ink: string;
  /** Secondary text. */
  muted: string;
  /** Hairlines. */
  rule: string;
  /** The theme's strong colour (its underline and swatch in the reader): the edge bar and the kicker. */
  edge: string;
  /** The theme's soft colour (its highlight behind text): the quote's backdrop. */
  soft: string;
}

interface Palette {
  paper: { DEFAULT: string };
  ink: { DEFAULT: string; muted: string };
  rule: { DEFAULT: string };
  accent: { DEFAULT: string };
}

// Imported by URL: the config is plain JavaScript, which the type checker does not read.
const configUrl = new URL("../../tailwind.config.js", import.meta.url).href;
const { default: config } = (await import(configUrl)) as {
  default: { theme: { extend: { colors: Palette } } };
};
const colors = config.theme.extend.colors;

const base = {
  paper: colors.paper.DEFAULT,
  ink: colors.ink.DEFAULT,
  muted: colors.ink.muted,
  rule: colors.rule.DEFAULT,
};

/** A theme's card colours (light scheme: cards are shown on platforms in either scheme, light reads on both). */
export function themeColors(name: PaletteName): CardColors {
  const hl = themePalette[name];
  return { ...base, edge: hl.edge, soft: hl.soft };
}

/** The article card's colours: the site's accent, the paper for backdrop. */
export function articleColors(): CardColors {
  return { ...base, edge: colors.accent.DEFAULT, soft: colors.paper.DEFAULT };
}
