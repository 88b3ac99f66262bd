import fc from "fast-check";
import { describe, expect, it } from "vitest";
import cases from "./fixtures/anchor-cases.json";
import {
  anchorQuote,
  anchorVerbatim,
  findVerbatim,
  type AnchorResult,
  type PositionHint,
  type QuoteSelector,
} from "./index";

type AnchorCase = {
  name: string;
  text: string;
  quote: QuoteSelector;
  hint: PositionHint | null;
  /** `elsewhere`: the similar passage elsewhere an orphan must offer; without it, an orphan offers none. */
  expected:
    | { ok: true; start: number; end: number; method: string }
    | { ok: false; elsewhere?: { start: number; end: number } };
};

const text =
  "Leadership is not really working. So they are throwing in thousands and thousands of troops, " +
  "many of them ill-equipped, ill-trained. But they are also able to inflict casualties.";
const troops = "they are throwing in thousands and thousands of troops";
const troopsAt = text.indexOf(troops);

function expectAnchored(result: AnchorResult): Extract<AnchorResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected an anchor, got an orphan: ${result.reason}`);
  return result;
}

describe("anchorQuote regression fixtures", () => {
  it.each(cases as AnchorCase[])("$name", ({ text: caseText, quote, hint, expected }) => {
    const result = anchorQuote(caseText, quote, hint ?? undefined);
    if (expected.ok) {
      expect(result).toMatchObject({
        ok: true,
        start: expected.start,
        end: expected.end,
        method: expected.method,
      });
    } else {
      expect(result.ok).toBe(false);
      const offered = result.ok ? null : result.elsewhere;
      expect(offered && { start: offered.start, end: offered.end }).toEqual(expected.elsewhere ?? null);
    }
  });
});

describe("anchorQuote", () => {
  it("trusts a position hint only when it still holds the quote", () => {
    const stale = { start: troopsAt + 1, end: troopsAt + 1 + troops.length };
    const result = expectAnchored(anchorQuote(text, { exact: troops }, stale));
    expect(result).toMatchObject({ start: troopsAt, method: "exact" });
  });

  it("prefers the match whose prefix agrees over the one nearer the hint", () => {
    const repeated = "they said no. Then they said no. Finally they said yes.";
    const second = repeated.indexOf("they said no", 5);
    const result = anchorQuote(repeated, { exact: "they said no", prefix: "Then " }, { start: 0, end: 3 });
    expect(result).toMatchObject({ ok: true, start: second, method: "exact" });
  });

  it("anchors after small edits near the quote", () => {
    const edited = text.replace("ill-equipped, ill-trained", "poorly equipped, ill-trained");
    const quote = {
      exact: "many of them ill-equipped, ill-trained",
      prefix: "thousands of troops, ",
      suffix: ". But",
    };
    const result = expectAnchored(anchorQuote(edited, quote, { start: 93, end: 131 }));
    expect(result.method).toBe("fuzzy");
    expect(edited.slice(result.start, result.end)).toBe("many of them poorly equipped, ill-trained");
    expect(result.errors).toBeGreaterThan(0);
  });

  it("prefers a lightly edited passage at the hint over a verbatim copy elsewhere with other context", () => {
    const original = `Allies are ramping up production. ${"Filler. ".repeat(20)}Elsewhere: ramping up production, unrelated.`;
    const edited = original.replace("Allies are ramping up production", "Allies are ramping-up production");
    const quote = { exact: "ramping up production", prefix: "Allies are ", suffix: ". Elsewhere" };
    const result = expectAnchored(anchorQuote(edited, quote, { start: 11, end: 32 }));
    expect(result).toMatchObject({ start: 11, end: 32, method: "fuzzy", errors: 1 });
  });

  it("anchors a paraphrase whose context agrees, and says it is approximate", () => {
    const quote = { exact: "the equipment was often poor and training was never good", prefix: "morale, " };
    const article = "There is low morale, the equipment is often bad, training is not very impressive.";
    const result = expectAnchored(anchorQuote(article, quote));
    expect(result).toMatchObject({ method: "fuzzy", quality: "approximate" });
    expect(article.slice(result.start, result.end)).toBe("the equipment is often bad, training is not");
  });

  it("reports an orphan with the nearest match", () => {
    const quote = {
      exact: "the equipment was never good and troops were poorly trained",
      prefix: "morale, ",
    };
    const article = "There is low morale, the equipment is often bad, training is not very impressive.";
    const result = anchorQuote(article, quote);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/closest passage \(\d+–\d+\) differs from the quote by \d+ edits/);
    expect(result.nearest).not.toBeNull();
    expect(result.nearest?.text).toContain("the equipment is often bad");
    expect(article.slice(result.nearest?.start, result.nearest?.end)).toBe(result.nearest?.text);
  });

  it("reports an orphan without a nearest match when nothing is close", () => {
    const result = anchorQuote("Brussels", { exact: "an entirely different sentence" });
    expect(result).toEqual({
      ok: false,
      reason: expect.stringMatching(/within 15 edits/) as unknown,
      nearest: null,
      elsewhere: null,
    });
  });

  it("refuses approximate matches when anchoring strictly, but still names the nearest passage", () => {
    const result = anchorVerbatim(text, { exact: "they are throwing in thousand and thousands of troops" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toMatch(/not in the text verbatim/);
    expect(result.nearest).toMatchObject({ start: troopsAt, text: troops, errors: 1 });
  });

  it("finds a quote far from a stale hint in a long text", () => {
    const filler = "Nothing to see here. ".repeat(5000);
    const long = filler + text;
    const result = expectAnchored(
      anchorQuote(long, { exact: troops, prefix: "working. So " }, { start: 10, end: 20 }),
    );
    expect(result).toMatchObject({ start: filler.length + troopsAt, method: "exact" });
  });

  it("anchors an edited quote far from a stale hint by searching the whole text", () => {
    const filler = "Nothing to see here. ".repeat(5000);
    const long = filler + text.replace("thousands and thousands", "thousands upon thousands");
    const result = expectAnchored(
      anchorQuote(long, { exact: troops, prefix: "working. So " }, { start: 10, end: 20 }),
    );
    expect(result.method).toBe("fuzzy");
    expect(long.slice(result.start, result.end)).toBe(
      "they are throwing in thousands upon thousands of troops",
    );
  });

  it("always returns a range holding the quote verbatim when the quote occurs in the text", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "b", " ", "."), minLength: 1, maxLength: 80 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: -20, max: 20 }),
        (body, a, b, shift) => {
          const start = a % body.length;
          const end = start + 1 + (b % (body.length - start));
          const exact = body.slice(start, end);
          const quote = {
            exact,
            prefix: body.slice(Math.max(0, start - 8), start),
            suffix: body.slice(end, end + 8),
          };
          const result = expectAnchored(anchorQuote(body, quote, { start: start + shift, end: end + shift }));
          expect(body.slice(result.start, result.end)).toBe(exact);
          expect(result.errors).toBe(0);
        },
      ),
    );
  });
});

describe("findVerbatim", () => {
  it("lists every occurrence, overlapping ones included, within the bounds", () => {
    expect(findVerbatim("aaaa", "aa")).toEqual([0, 1, 2]);
    expect(findVerbatim("abcabcabc", "abc", 1, 8)).toEqual([3]);
    expect(findVerbatim("abc", "")).toEqual([]);
  });
});
