import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TextRange } from "../text-range";
import { segmentParagraphs, type MarkRange, type SegmentNode } from "./segments";

// Two paragraphs joined by "\n\n", as in the article: [0, 10) and [12, 22).
const text = "abcdefghij\n\nklmnopqrst";
const paragraphs: TextRange[] = [
  { start: 0, end: 10 },
  { start: 12, end: 22 },
];

/** A compact picture of a tree: marks as `id[...]` (with `*` on first pieces), text verbatim. */
function draw(nodes: readonly SegmentNode[]): string {
  return nodes
    .map((n) => (n.kind === "text" ? n.text : `${n.mark.id}${n.first ? "*" : ""}[${draw(n.children)}]`))
    .join("");
}

function drawAll(marks: MarkRange[]): string[] {
  return segmentParagraphs(text, paragraphs, marks).map((p) => draw(p.nodes));
}

describe("segmentParagraphs", () => {
  it("returns each paragraph as one plain run when there are no marks", () => {
    const [first, second] = segmentParagraphs(text, paragraphs, []);
    expect(first?.runs).toEqual([{ start: 0, end: 10, text: "abcdefghij", marks: [] }]);
    expect(second?.nodes).toEqual([{ kind: "text", start: 12, end: 22, text: "klmnopqrst" }]);
  });

  it("wraps a single quote in a mark between plain runs", () => {
    expect(drawAll([{ id: "q", start: 2, end: 5 }])).toEqual(["ab" + "q*[cde]" + "fghij", "klmnopqrst"]);
  });

  it("nests a quote inside a longer one", () => {
    const [first] = segmentParagraphs(text, paragraphs, [
      { id: "inner", start: 3, end: 5 },
      { id: "outer", start: 1, end: 8 },
    ]);
    expect(draw(first?.nodes ?? [])).toBe("a" + "outer*[bc" + "inner*[de]" + "fgh]" + "ij");
    expect(first?.runs.map((r) => r.marks.map((m) => m.id))).toEqual([
      [],
      ["outer"],
      ["outer", "inner"],
      ["outer"],
      [],
    ]);
  });

  it("splits the later of two crossing quotes so the marks stay well nested", () => {
    expect(
      drawAll([
        { id: "a", start: 1, end: 6 },
        { id: "b", start: 4, end: 9 },
      ])[0],
    ).toBe("a" + "a*[bcd" + "b*[ef]]" + "b[ghi]" + "j");
  });

  it("keeps the crossing mark that lasts longer outside, so it is not split again when the other ends", () => {
    // b and c both open at 3 (a has just closed); c ends later, so it holds b and stays whole.
    expect(
      drawAll([
        { id: "a", start: 0, end: 3 },
        { id: "b", start: 1, end: 4 },
        { id: "c", start: 3, end: 6 },
      ])[0],
    ).toBe("a*[a" + "b*[bc]]" + "c*[b[d]ef]" + "ghij");
  });

  it("orders quotes that start together longer first", () => {
    expect(
      drawAll([
        { id: "short", start: 0, end: 2 },
        { id: "long", start: 0, end: 4 },
      ])[0],
    ).toBe("long*[short*[ab]cd]efghij");
  });

  it("keeps adjacent quotes as separate sibling marks", () => {
    expect(
      drawAll([
        { id: "left", start: 0, end: 3 },
        { id: "right", start: 3, end: 6 },
      ])[0],
    ).toBe("left*[abc]right*[def]ghij");
  });

  it("splits a quote that spans a paragraph break and marks only its first piece", () => {
    const result = segmentParagraphs(text, paragraphs, [{ id: "span", start: 8, end: 15 }]);
    expect(result.map((p) => draw(p.nodes))).toEqual(["abcdefgh" + "span*[ij]", "span[klm]" + "nopqrst"]);
    expect(result[1]?.runs[0]).toEqual({
      start: 12,
      end: 15,
      text: "klm",
      marks: [{ id: "span", start: 8, end: 15 }],
    });
  });

  it("ignores empty marks and clips marks to the text", () => {
    expect(
      drawAll([
        { id: "empty", start: 4, end: 4 },
        { id: "past-end", start: 20, end: 99 },
      ]),
    ).toEqual(["abcdefghij", "klmnopqr" + "past-end*[st]"]);
  });

  it("always covers each paragraph exactly and gives each shown mark exactly one first piece", () => {
    const mark = fc
      .tuple(fc.nat(text.length), fc.nat(text.length), fc.constantFrom("a", "b", "c"))
      .map(([x, y, id]) => ({ id, start: Math.min(x, y), end: Math.max(x, y) }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 6 }), (marks) => {
        const flatten = (nodes: readonly SegmentNode[]): string =>
          nodes.map((n) => (n.kind === "text" ? n.text : flatten(n.children))).join("");
        const firsts: string[] = [];
        const collectFirsts = (nodes: readonly SegmentNode[]): void => {
          for (const n of nodes) {
            if (n.kind === "text") continue;
            if (n.first) firsts.push(n.mark.id);
            collectFirsts(n.children);
          }
        };
        for (const p of segmentParagraphs(text, paragraphs, marks)) {
          const slice = text.slice(p.start, p.end);
          expect(p.runs.map((r) => r.text).join("")).toBe(slice);
          expect(flatten(p.nodes)).toBe(slice);
          collectFirsts(p.nodes);
        }
        // Every mark id that shows at all has exactly one first piece (the one that carries its DOM id).
        const shown = new Set(
          segmentParagraphs(text, paragraphs, marks).flatMap((p) =>
            p.runs.flatMap((r) => r.marks.map((m) => m.id)),
          ),
        );
        expect(firsts.sort()).toEqual([...shown].sort());
      }),
    );
  });

  it("nests each run's text in exactly its marks, splitting no more pieces than nesting by start would", () => {
    const long = "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor";
    const bounds = [
      { start: 0, end: 26 },
      { start: 27, end: long.length },
    ];
    const mark = fc
      .tuple(fc.nat(long.length), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({ start, end: Math.min(long.length, start + length) }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 40 }), (ranges) => {
        const marks = ranges.map((r, i) => ({ ...r, id: `m${i}` }));
        let pieces = 0;
        let byStart = 0;
        for (const p of segmentParagraphs(long, bounds, marks)) {
          // Text node → the ids of the marks around it, as the tree has them.
          const found: { start: number; around: string[] }[] = [];
          const walk = (nodes: readonly SegmentNode[], around: string[]): void => {
            for (const n of nodes) {
              if (n.kind === "text") found.push({ start: n.start, around: [...around].sort() });
              else {
                pieces += 1;
                walk(n.children, [...around, n.mark.id]);
              }
            }
          };
          walk(p.nodes, []);
          expect(found).toEqual(
            p.runs.map((r) => ({ start: r.start, around: r.marks.map((m) => m.id).sort() })),
          );
          // The pieces nesting every run's marks by start (outermost first) would make: those not shared with the
          // previous run's list from its start.
          let previous: string[] = [];
          for (const r of p.runs) {
            const ids = r.marks.map((m) => m.id);
            let shared = 0;
            while (shared < ids.length && previous[shared] === ids[shared]) shared++;
            byStart += ids.length - shared;
            previous = ids;
          }
        }
        expect(pieces).toBeLessThanOrEqual(byStart);
      }),
      { numRuns: 300 },
    );
  });

  it("draws a one-piece mark as its first piece alone, leaving the rest of it to the marks around", () => {
    const marks = [
      { id: "a", start: 1, end: 6 },
      { id: "b", start: 4, end: 9 },
    ];
    const onePiece = (m: MarkRange) => m.id === "b";
    const [first] = segmentParagraphs(text, paragraphs, marks, { onePiece });
    expect(draw(first?.nodes ?? [])).toBe("a" + "a*[bcd" + "b*[ef]]" + "ghi" + "j");
    // The runs still say what covers each stretch.
    expect(first?.runs.map((r) => r.marks.map((m) => m.id))).toEqual([[], ["a"], ["a", "b"], ["b"], []]);
  });

  it("gives every one-piece mark exactly one piece, holding the text where it starts", () => {
    const long = "abcdefghijklmnopqrstuvwxyz".repeat(3);
    const bounds = [
      { start: 0, end: 30 },
      { start: 32, end: 78 },
    ];
    const mark = fc
      .tuple(fc.integer({ min: 0, max: 77 }), fc.integer({ min: 1, max: 20 }))
      .map(([start, length]) => ({ start, end: Math.min(78, start + length) }));
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 40 }), (ranges) => {
        const marks = ranges.map((r, i) => ({ ...r, id: `m${i}` }));
        const pieces = new Map<string, TextRange[]>();
        const walk = (nodes: readonly SegmentNode[]): void => {
          // Text runs on as one node until a mark opens or closes: never two text nodes side by side.
          nodes.forEach((n, i) => {
            if (n.kind === "text") expect(nodes[i + 1]?.kind).not.toBe("text");
          });
          for (const n of nodes) {
            if (n.kind !== "mark") continue;
            pieces.set(n.mark.id, [...(pieces.get(n.mark.id) ?? []), { start: n.start, end: n.end }]);
            walk(n.children);
          }
        };
        const flat = (nodes: readonly SegmentNode[]): string =>
          nodes.map((n) => (n.kind === "text" ? n.text : flat(n.children))).join("");
        for (const p of segmentParagraphs(long, bounds, marks, { onePiece: () => true })) {
          walk(p.nodes);
          expect(flat(p.nodes)).toBe(long.slice(p.start, p.end));
        }
        for (const m of marks) {
          const inText = bounds.some((b) => Math.max(b.start, m.start) < Math.min(b.end, m.end));
          const found = pieces.get(m.id) ?? [];
          expect(found).toHaveLength(inText ? 1 : 0);
          const [piece] = found;
          // Where the mark first shows: its start, or the start of the paragraph after the gap it starts in.
          const shownFrom = Math.max(m.start, bounds.find((b) => b.end > m.start)?.start ?? 0);
          if (piece) expect(piece.start).toBe(shownFrom);
          if (piece) expect(piece.end).toBeLessThanOrEqual(m.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
