// Cards drawn without a browser: satori lays the card out (text to SVG paths, fonts given as buffers) and
// resvg rasterises it to PNG (X refuses SVG cards). Nothing is fetched.
import { Resvg } from "@resvg/resvg-js";
import satori, { type Font } from "satori";
import { cardElement, CARD_HEIGHT, CARD_WIDTH } from "./card-element.ts";
import type { CardSpec } from "./card-spec";
import { largestFitting } from "./fit.ts";
import { cardFonts } from "./fonts.ts";

/** Main text sizes tried, small to large (px); the smallest still reads at full size. */
export const MAIN_SIZES = [24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72] as const;
/** The largest card file accepted: unfurlers drop or downscale heavier images. */
export const MAX_CARD_BYTES = 300_000;

/** A card that cannot be drawn as it should: its text does not fit, or the fonts lack some of its characters. */
export class CardLayoutError extends Error {
  override name = "CardLayoutError";
}

/** How far a layout reaches: the right and bottom edges of its furthest element, in px. */
export interface Extent {
  width: number;
  height: number;
}

/** A card laid out at the size chosen for its main text. */
export interface LaidOutCard {
  svg: string;
  mainSize: number;
  extent: Extent;
}

async function layoutAt(spec: CardSpec, mainSize: number, fonts: Font[]) {
  let width = 0;
  let height = 0;
  const missing = new Set<string>();
  const svg = await satori(cardElement(spec, mainSize), {
    width: CARD_WIDTH,
    fonts,
    onNodeDetected(node) {
      width = Math.max(width, node.left + node.width);
      height = Math.max(height, node.top + node.height);
    },
    // Called for text the given fonts cannot draw: refuse it rather than let a fallback box or blank appear.
    loadAdditionalAsset(_code, segment) {
      missing.add(segment);
      return Promise.resolve([]);
    },
  });
  return { svg, extent: { width, height }, missing: [...missing] };
}

function within({ width, height }: Extent): boolean {
  // Half a pixel of rounding in the layout engine is not an overflow.
  return width <= CARD_WIDTH + 0.5 && height <= CARD_HEIGHT + 0.5;
}

/**
 * Lays `spec` out with its main text as large as fits the card, wrapping and shrinking long text. Throws a
 * `CardLayoutError` when even the smallest size overflows, or when the fonts lack a character of the text.
 */
export async function layoutCard(spec: CardSpec, fonts: Font[] = cardFonts()): Promise<LaidOutCard> {
  const smallest = await layoutAt(spec, MAIN_SIZES[0], fonts);
  if (smallest.missing.length > 0) {
    throw new CardLayoutError(
      `the card of ${spec.subject} has characters its fonts (Source Serif 4, Source Sans 3; Latin and Latin Extended) cannot draw: ${smallest.missing.join(" ")}`,
    );
  }
  if (!within(smallest.extent)) {
    throw new CardLayoutError(
      `the card of ${spec.subject} cannot hold its text even at ${MAIN_SIZES[0]} px: it needs ${Math.ceil(smallest.extent.width)}×${Math.ceil(smallest.extent.height)} px of ${CARD_WIDTH}×${CARD_HEIGHT}; shorten it`,
    );
  }
  const layouts = new Map<number, typeof smallest>([[MAIN_SIZES[0], smallest]]);
  const size = await largestFitting(MAIN_SIZES, async (candidate) => {
    const layout = layouts.get(candidate) ?? (await layoutAt(spec, candidate, fonts));
    layouts.set(candidate, layout);
    return within(layout.extent);
  });
  const chosen = layouts.get(size ?? MAIN_SIZES[0]) ?? smallest;
  return { svg: chosen.svg, mainSize: size ?? MAIN_SIZES[0], extent: chosen.extent };
}

/** The card as a 1200×630 PNG. Throws when the file would exceed `MAX_CARD_BYTES`. */
export function cardPng(card: LaidOutCard, subject: string): Buffer {
  const png = new Resvg(card.svg, {
    fitTo: { mode: "original" },
    // Satori turned every glyph into a path: no font is needed, and none is read from the system.
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  if (png.length > MAX_CARD_BYTES) {
    throw new CardLayoutError(`the card of ${subject} is ${png.length} bytes, over ${MAX_CARD_BYTES}`);
  }
  return png;
}
