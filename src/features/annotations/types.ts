import type { PaletteClasses } from "../../lib/theme-palette";

/** A theme as the sidebar shows it. */
export interface SidebarTheme {
  /** Theme id. */
  id: string;
  /** Theme name. */
  label: string;
  /** One line on what the theme covers. */
  description: string;
  /** Classes for the theme colour. */
  palette: PaletteClasses;
}

/** A claim as the sidebar shows it. */
export interface SidebarClaim {
  /** Claim id. */
  id: string;
  /** Theme id. */
  themeId: string;
  /** The attributed paraphrase. */
  summary: string;
  /** Ids of its quotes that anchored, in reading order. */
  quoteIds: readonly string[];
  /** How many of its quotes could not be found in the text. */
  orphanCount: number;
}

/** The DOM id of a claim's element in the sidebar (quote ids own the bare ids). */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}
