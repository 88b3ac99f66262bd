import type { ReaderModel } from "../content-model/types";
import { firstWords } from "../first-words";
import type { TextRange } from "../text-range";

/**
 * What a paragraph adds to its height beyond its characters, in characters: on average half a last line and the gap
 * to the next paragraph, at the article's ~70 characters a line. Keeps short paragraphs from vanishing on the map.
 */
const PARAGRAPH_EXTRA = 90;

/**
 * Where a text offset lies on the theme map, from 0 (the body's top) to 1 (its end). Heights are estimated from
 * lengths, so the map needs no layout: the build computes every tick's place, and the viewport indicator uses
 * the same scale for the text on screen, so ticks and indicator agree whatever the screen.
 */
export function mapFraction(paragraphs: readonly TextRange[], offset: number): number {
  let before = 0;
  let total = 0;
  for (const p of paragraphs) {
    const weight = p.end - p.start + PARAGRAPH_EXTRA;
    if (offset >= p.start) before = total + Math.min(offset - p.start, p.end - p.start);
    total += weight;
  }
  return total === 0 ? 0 : before / total;
}

/** One tick of the theme map: a quote, where it lies, and what its link is called. */
export interface MapTick {
  quoteId: string;
  themeId: string;
  /** Place on the map, 0 (top of the body) to 1 (its end). */
  at: number;
  /** The link's accessible name: the theme and the claim's first words, e.g. "Negotiations: Stoltenberg says…". */
  label: string;
}

/** A tick per anchored quote, in reading order. */
export function mapTicks(model: ReaderModel): MapTick[] {
  return model.quotes.map((quote) => {
    const claim = model.claimById.get(quote.claimId);
    const theme = model.themeById.get(quote.themeId)?.label ?? quote.themeId;
    const quotes = claim?.quotes ?? [];
    // A claim with several quotes has several ticks: number them so their names differ.
    const nth = quotes.length > 1 ? ` (quote ${quotes.indexOf(quote) + 1} of ${quotes.length})` : "";
    return {
      quoteId: quote.id,
      themeId: quote.themeId,
      at: mapFraction(model.paragraphs, quote.start),
      label: `${theme}: ${firstWords(claim?.summary ?? quote.exact)}${nth}`,
    };
  });
}

/** A paragraph's text range and where it is drawn, in any vertical unit (pixels on screen). */
export interface ParagraphBox extends TextRange {
  top: number;
  bottom: number;
}

/**
 * The text offset drawn at height `y`, interpolating within the paragraph there; a gap between paragraphs maps
 * to the start of the next. `boxes` in reading order; null when there are none.
 */
export function offsetAtY(boxes: readonly ParagraphBox[], y: number): number | null {
  const first = boxes[0];
  if (!first) return null;
  for (const box of boxes) {
    if (y < box.top) return box.start;
    if (y < box.bottom) {
      const share = (y - box.top) / Math.max(1, box.bottom - box.top);
      return Math.round(box.start + share * (box.end - box.start));
    }
  }
  return boxes[boxes.length - 1]?.end ?? first.end;
}
