import { shippedModel } from "../shipped-model";
import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH } from "./card-element";
import { cardSpecs, quoted, type CardSpec } from "./card-spec";
import { CardLayoutError, cardPng, layoutCard, MAIN_SIZES, MAX_CARD_BYTES } from "./render-card";

const specs = cardSpecs(shippedModel);
const quoteSpec = specs.find((s) => s.mainStyle === "quote") as CardSpec;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const withQuote = (text: string): CardSpec => ({ ...quoteSpec, subject: "a test quote", main: quoted(text) });
const sentence = "the battle of logistics is about getting ammunition, weapons, supplies to the front lines";

describe("cards", () => {
  it(
    "lays out every card of the site inside 1200×630, as a PNG of that size under 300 KB",
    { timeout: 60_000 },
    async () => {
      for (const spec of specs) {
        const card = await layoutCard(spec);
        expect(card.extent.width, spec.subject).toBeLessThanOrEqual(CARD_WIDTH + 0.5);
        expect(card.extent.height, spec.subject).toBeLessThanOrEqual(CARD_HEIGHT + 0.5);
        const png = cardPng(card, spec.subject);
        expect(pngSize(png), spec.subject).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
        expect(png.length, spec.subject).toBeLessThanOrEqual(MAX_CARD_BYTES);
      }
    },
  );

  it("sets a short quote large and a very long one smaller, wrapped, still inside the card", async () => {
    const short = await layoutCard(withQuote("a war of attrition"));
    const long = await layoutCard(withQuote(Array.from({ length: 6 }, () => sentence).join("; ")));
    expect(short.mainSize).toBe(Math.max(...MAIN_SIZES));
    expect(long.mainSize).toBeLessThan(40);
    expect(long.extent.height).toBeLessThanOrEqual(CARD_HEIGHT + 0.5);
    expect(long.extent.width).toBeLessThanOrEqual(CARD_WIDTH + 0.5);
  });

  it("breaks a word too long for a line instead of letting it run off the card", async () => {
    const card = await layoutCard(withQuote(`see ${"x".repeat(200)}`));
    expect(card.extent.width).toBeLessThanOrEqual(CARD_WIDTH + 0.5);
  });

  it("refuses a quote too long for any size, saying which card and how much room it needs", async () => {
    const error = await layoutCard(withQuote(Array.from({ length: 20 }, () => sentence).join("; "))).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CardLayoutError);
    expect(String(error)).toMatch(
      /card of a test quote cannot hold its text even at 24 px: it needs 1200×\d+ px/,
    );
  });

  it("refuses characters its fonts cannot draw, rather than drawing boxes", async () => {
    const error = await layoutCard(withQuote("Kyiv 基辅")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CardLayoutError);
    expect(String(error)).toMatch(/cannot draw: .*基辅/);
    // Latin Extended is there: names with diacritics draw.
    await expect(layoutCard(withQuote("Łódź, Dnipro, Kyiv"))).resolves.toMatchObject({ mainSize: 72 });
  });
});
