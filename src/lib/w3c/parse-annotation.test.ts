import { describe, expect, it } from "vitest";
import { formatPath } from "./json";
import { parseAnnotation, type ReadOptions } from "./parse-annotation";
import { strictFields } from "./strict";

const quote = {
  type: "TextQuoteSelector",
  exact: "a war of attrition",
  prefix: "has become ",
  suffix: ", which",
};
const position = { type: "TextPositionSelector", start: 66, end: 84 };
const annotation = (fields: Record<string, unknown> = {}) => ({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "attrition",
  type: "Annotation",
  motivation: "describing",
  body: [
    {
      type: "TextualBody",
      purpose: "describing",
      value: "The war is one of attrition.",
      format: "text/plain",
    },
    { type: "TextualBody", purpose: "tagging", value: "war-of-attrition" },
  ],
  target: [
    { id: "attrition-quote", type: "SpecificResource", source: "article", selector: [quote, position] },
  ],
  ...fields,
});
const parsed = (raw: unknown, options?: ReadOptions) => {
  const read = parseAnnotation(raw, options);
  if (!read.ok) throw new Error(`expected an annotation, got ${JSON.stringify(read.problems)}`);
  return read.parsed;
};
/** Every problem as "path: message", as the notes show them. */
const problems = (raw: unknown, options?: ReadOptions) => {
  const read = parseAnnotation(raw, options);
  return read.ok ? [] : read.problems.map((p) => `${formatPath(p.path)}: ${p.message}`);
};
const passage = (selector: unknown) => {
  const [target] = parsed(annotation({ target: { selector } })).targets;
  return target && { ...target.quote, position: target.position };
};

describe("parseAnnotation", () => {
  it("reads bodies by purpose and selectors by type, whatever their order", () => {
    const usual = parsed(annotation());
    expect(usual).toMatchObject({
      id: "attrition",
      motivation: ["describing"],
      bodies: [
        {
          purpose: "describing",
          value: "The war is one of attrition.",
          format: "text/plain",
          path: ["body", 0],
        },
        { purpose: "tagging", value: "war-of-attrition", format: null, path: ["body", 1] },
      ],
      targets: [
        {
          id: "attrition-quote",
          source: "article",
          quote: { exact: "a war of attrition", prefix: "has become ", path: ["target", 0, "selector", 0] },
          position: { start: 66, end: 84, path: ["target", 0, "selector", 1] },
        },
      ],
    });
    const reversed = parsed(
      annotation({
        body: [...annotation().body].reverse(),
        target: [
          { ...annotation().target[0], selector: [position, { type: "XPathSelector", value: "/p" }, quote] },
        ],
      }),
    );
    expect(reversed.targets[0]?.quote).toEqual({
      ...usual.targets[0]?.quote,
      path: ["target", 0, "selector", 2],
    });
    expect(reversed.bodies.map((b) => b.type === "TextualBody" && b.purpose)).toEqual([
      "tagging",
      "describing",
    ]);
  });

  it('reads a JSON-LD list of types, e.g. "type": ["Annotation"], for the annotation and every object in it', () => {
    const listed = annotation({
      type: ["Annotation"],
      body: { type: ["TextualBody"], value: "Noted." },
      target: { type: ["SpecificResource"], selector: [{ ...quote, type: ["TextQuoteSelector"] }] },
    });
    expect(parsed(listed)).toMatchObject({
      bodies: [{ type: "TextualBody", value: "Noted." }],
      targets: [{ quote: { exact: "a war of attrition" }, position: null }],
    });
    expect(problems(annotation({ type: ["Note"] }))).toEqual(['type: must be "Annotation", not ["Note"]']);
  });

  it("names the field at fault by its path and says why", () => {
    const broken = annotation({
      created: "2024-05-01",
      target: [
        {
          source: "article",
          selector: [
            { ...quote, exact: " \n " },
            { ...position, end: "84" },
          ],
        },
      ],
    });
    expect(problems(broken)).toEqual([
      'created: is not a date and time (ISO 8601, e.g. 2024-05-01T12:00:00Z): "2024-05-01"',
      "target[0].selector[0].exact: is only white space, which marks no words of the text",
      'target[0].selector[1].end: must be a whole number from 0, not "84"',
    ]);
    expect(
      problems(annotation({ target: { source: "other", selector: quote } }), { source: "article" }),
    ).toEqual(['target.source: marks another document ("other"), not this article ("article")']);
  });

  it("normalises dates with a time zone to UTC", () => {
    expect(parsed(annotation({ created: "2024-05-01T14:00:00+02:00" })).created).toBe(
      "2024-05-01T12:00:00.000Z",
    );
  });

  it("ignores fields of other tools, and refuses them as typos when reading strictly", () => {
    const extra = annotation({ creator: "someone", target: { selector: { ...quote, prefx: "x" } } });
    expect(problems(extra)).toEqual([]);
    expect(problems(extra, { strict: strictFields })).toEqual([
      "creator: is not a field of an Annotation, which has @context, id, type, motivation, created, modified, body, bodyValue, target",
      "target.selector.prefx: is not a field of a TextQuoteSelector, which has type, exact, prefix, suffix, refinedBy",
    ]);
  });
});

describe("refinedBy", () => {
  const outer = {
    type: "TextQuoteSelector",
    exact: "the battle of logistics is about getting ammunition",
    prefix: "means ",
    suffix: ", weapons",
  };

  it("marks the passage a TextQuoteSelector refines the outer one to, with its context from the outer", () => {
    const refined = passage({ ...outer, refinedBy: { type: "TextQuoteSelector", exact: "logistics" } });
    expect(refined).toEqual({
      exact: "logistics",
      prefix: "means the battle of ",
      suffix: " is about getting ammunition, we",
      path: ["target", "selector", "refinedBy"],
      position: null,
    });
  });

  it("takes a refining TextPositionSelector as offsets into the outer passage, and moves the hint onto it", () => {
    const at = { type: "TextPositionSelector", start: 100, end: 100 + outer.exact.length };
    const refined = passage([
      { ...outer, refinedBy: { type: "TextPositionSelector", start: 4, end: 23 } },
      at,
    ]);
    expect(refined).toMatchObject({ exact: "battle of logistics", position: { start: 104, end: 123 } });
  });

  it("uses the refining quote's own prefix and suffix to choose where in the outer passage it lies", () => {
    const twice = { type: "TextQuoteSelector", exact: "to the front, and to the front lines" };
    const second = { type: "TextQuoteSelector", exact: "to the front", prefix: "and " };
    expect(passage({ ...twice, refinedBy: second })).toMatchObject({
      exact: "to the front",
      prefix: "to the front, and ",
    });
  });

  it("refuses a refinement it cannot place or does not support, never falling back on the outer passage", () => {
    const twice = { type: "TextQuoteSelector", exact: "to the front, and to the front lines" };
    const refusals = [
      { ...twice, refinedBy: { type: "TextQuoteSelector", exact: "to the front" } },
      { ...outer, refinedBy: { type: "TextQuoteSelector", exact: "shells" } },
      { ...outer, refinedBy: { type: "TextPositionSelector", start: 4, end: 400 } },
      { ...outer, refinedBy: { type: "CssSelector", value: "p" } },
      {
        ...outer,
        refinedBy: {
          type: "TextQuoteSelector",
          exact: "logistics",
          refinedBy: { type: "TextPositionSelector", start: 0, end: 4 },
        },
      },
      [outer, { ...position, refinedBy: { type: "TextPositionSelector", start: 0, end: 4 } }],
    ].map((selector) => problems(annotation({ target: { selector } })));
    expect(refusals).toEqual([
      [
        "target.selector.refinedBy: fits 2 places in the passage it refines; a longer prefix or suffix would single out one",
      ],
      ['target.selector.refinedBy: "shells" is not in the passage it refines (with its prefix and suffix)'],
      ["target.selector.refinedBy.end: is past the end of the passage it refines (51 characters)"],
      [
        expect.stringMatching(
          /^target\.selector\.refinedBy: not supported: this reader refines a TextQuoteSelector/,
        ),
      ],
      [expect.stringMatching(/^target\.selector\.refinedBy\.refinedBy: not supported/)],
      [expect.stringMatching(/^target\.selector\[1\]\.refinedBy: not supported/)],
    ]);
  });
});
