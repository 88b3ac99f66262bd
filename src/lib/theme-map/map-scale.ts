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
