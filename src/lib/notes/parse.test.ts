import { describe, expect, it } from "vitest";
import { noteOn, source, text } from "./fixtures";
import { MAX_IMPORT_ITEMS, parseNoteAnnotation, parseNotesFile } from "./parse";
import { toAnnotation, toCollection } from "./w3c";

const now = "2024-06-01T00:00:00.000Z";
const exact = "the equipment is often bad";
const start = text.indexOf(exact);
const quote = { type: "TextQuoteSelector", exact };
const position = { type: "TextPositionSelector", start, end: start + exact.length };
const annotation = (fields: Record<string, unknown>) => ({
  type: "Annotation",
  target: { source, selector: [quote, position] },
  ...fields,
});
const problems = (raw: unknown) => {
  const read = parseNoteAnnotation(raw, source, now);
  return read.ok ? [] : read.problems;
};

describe("parseNoteAnnotation", () => {
  it("reads back every note it wrote, unchanged", () => {
    for (const note of [noteOn(exact, "A note\non two lines."), noteOn("liberate more land")]) {
      expect(parseNoteAnnotation(toAnnotation(note, source), source, now)).toEqual({ ok: true, note });
    }
  });

  it("finds bodies and selectors by type and purpose, in any order, one object or a list", () => {
    const read = parseNoteAnnotation(
      annotation({
        body: [
          { type: "TextualBody", purpose: "tagging", value: "x" },
          { type: "TextualBody", value: "Mine." },
        ],
        target: [{ selector: [position, { type: "XPathSelector", value: "/p[8]" }, quote] }],
      }),
      source,
      now,
    );
    expect(read).toMatchObject({ ok: true, note: { text: "Mine.", quote: { exact }, position: { start } } });
  });

  it("takes bodyValue as the note, and dates missing or not as now", () => {
    const read = parseNoteAnnotation(annotation({ bodyValue: "Short." }), source, now);
    expect(read).toMatchObject({ ok: true, note: { text: "Short.", created: now, modified: now } });
    const dated = parseNoteAnnotation(annotation({ created: "2024-05-01T14:00:00+02:00" }), source, now);
    expect(dated).toMatchObject({ ok: true, note: { created: "2024-05-01T12:00:00.000Z" } });
  });

  it("keeps kebab-case ids and turns other ids into stable ones", () => {
    const kept = parseNoteAnnotation(annotation({ id: "note-1a2b3c4d5e6f" }), source, now);
    expect(kept).toMatchObject({ note: { id: "note-1a2b3c4d5e6f" } });
    const iri = () => parseNoteAnnotation(annotation({ id: "urn:uuid:0a1b" }), source, now);
    const read = iri();
    expect(read.ok && read.note.id).toMatch(/^note-[0-9a-f]{12}$/);
    expect(iri()).toEqual(iri());
  });

  it("says which field is wrong and why", () => {
    expect(problems("a string")).toEqual(["(root): must be an annotation object, not a string"]);
    expect(problems(annotation({ type: "Anotation" }))).toEqual([
      'type: must be "Annotation", not "Anotation"',
    ]);
    expect(problems(annotation({ target: undefined }))).toEqual([
      "target: missing: a note marks one passage",
    ]);
    expect(problems(annotation({ target: [{ selector: quote }, { selector: quote }] }))).toEqual([
      "target: 2 targets: a note marks one passage",
    ]);
    expect(problems(annotation({ target: "https://example.org/" }))).toEqual([
      "target: must be a passage (a SpecificResource with selectors), not a string",
    ]);
    expect(problems(annotation({ target: { selector: position } }))).toEqual([
      "target.selector: no TextQuoteSelector; a target has exactly one TextQuoteSelector and at most one TextPositionSelector",
    ]);
    expect(problems(annotation({ target: { selector: [quote, quote] } }))).toEqual([
      "target.selector[1]: a second TextQuoteSelector (the first is target.selector[0]); a target has exactly one TextQuoteSelector and at most one TextPositionSelector",
    ]);
    expect(problems(annotation({ target: { selector: [{ type: "TextQuoteSelecter", exact }] } }))[0]).toMatch(
      /^target\.selector\[0\]\.type: unknown selector type "TextQuoteSelecter"; the W3C types are /,
    );
    expect(problems(annotation({ target: { selector: { ...position, end: start } } }))).toContain(
      "target.selector: end must be greater than start",
    );
    expect(problems(annotation({ target: { source: "another-article", selector: quote } }))).toEqual([
      `target.source: marks another document ("another-article"), not this article ("${source}")`,
    ]);
    expect(problems(annotation({ created: "yesterday" }))).toEqual([
      'created: is not a date and time (ISO 8601, e.g. 2024-05-01T12:00:00Z): "yesterday"',
    ]);
    expect(problems(annotation({ body: { type: "Image", id: "x.png" } }))).toEqual([
      'body: a note\'s body is plain text (a TextualBody), not "Image"',
    ]);
    expect(
      problems(
        annotation({
          body: [
            { type: "TextualBody", value: "a" },
            { type: "TextualBody", value: "b" },
          ],
        }),
      ),
    ).toEqual(["body[1]: a second note (the first is body[0]); a note has one text"]);
    expect(problems(annotation({ body: { type: "TextualBody", value: "x".repeat(2001) } }))).toEqual([
      "body.value: is longer than 2,000 characters, the most a note holds",
    ]);
    expect(problems(annotation({ target: { selector: { type: "TextQuoteSelector", exact: "" } } }))).toEqual([
      "target.selector.exact: missing: the passage itself",
    ]);
  });

  it('reads "type" given as a JSON-LD list, e.g. ["Annotation"]', () => {
    const listed = annotation({ type: ["Annotation"], body: { type: ["TextualBody"], value: "Listed." } });
    expect(parseNoteAnnotation(listed, source, now)).toMatchObject({ ok: true, note: { text: "Listed." } });
  });

  it("refuses a passage of white space alone, as passage links do", () => {
    const blank = { type: "TextQuoteSelector", exact: " \n\t " };
    expect(problems(annotation({ target: { source, selector: blank } }))).toEqual([
      "target.selector.exact: is only white space, which marks no words of the text",
    ]);
  });

  it("marks the passage a refinedBy selector refines to, never the whole outer passage", () => {
    const outer = {
      type: "TextQuoteSelector",
      exact: "there is low morale, the equipment is often bad, training is not very impressive",
    };
    const refined = { ...outer, refinedBy: { type: "TextQuoteSelector", exact } };
    const read = parseNoteAnnotation(annotation({ target: { source, selector: refined } }), source, now);
    expect(read).toMatchObject({
      ok: true,
      note: {
        quote: { exact, prefix: "there is low morale, ", suffix: ", training is not very impressiv" },
      },
    });
    const unsupported = { ...outer, refinedBy: { type: "XPathSelector", value: "/p[3]" } };
    expect(problems(annotation({ target: { source, selector: unsupported } }))).toEqual([
      expect.stringMatching(
        /^target\.selector\.refinedBy: not supported: this reader refines a TextQuoteSelector/,
      ),
    ]);
  });

  it("keeps markup and links as plain text", () => {
    const hostile = '<img src=x onerror="alert(1)"> [click](javascript:alert(1))';
    expect(parseNoteAnnotation(annotation({ bodyValue: hostile }), source, now)).toMatchObject({
      note: { text: hostile },
    });
  });
});

describe("parseNotesFile", () => {
  it("reads a collection, a list of annotations, or one annotation", () => {
    const notes = [noteOn(exact, "One."), noteOn("liberate more land")];
    const collection = JSON.stringify(
      toCollection(
        notes.map((note) => ({ note, range: note.position ?? { start: 0, end: 1 }, reason: null })),
        source,
        "mine",
      ),
    );
    expect(parseNotesFile(collection, source, now)).toEqual({ ok: true, notes, refused: [] });
    const list = JSON.stringify(notes.map((n) => toAnnotation(n, source)));
    expect(parseNotesFile(list, source, now)).toEqual({ ok: true, notes, refused: [] });
    expect(
      parseNotesFile(JSON.stringify(toAnnotation(notes[0] as never, source)), source, now),
    ).toMatchObject({
      notes: [notes[0]],
    });
  });

  it("refuses bad items one by one, saying which and why, and keeps the rest", () => {
    const file = JSON.stringify({
      type: "AnnotationCollection",
      items: [annotation({ id: "good" }), { id: "bad-one", type: "Annotation" }, 42],
    });
    const read = parseNotesFile(file, source, now);
    expect(read).toMatchObject({ ok: true, notes: [{ id: "good" }] });
    expect(read.ok && read.refused).toEqual([
      { item: 2, id: "bad-one", problems: ["target: missing: a note marks one passage"] },
      { item: 3, id: null, problems: ["(root): must be an annotation object, not a number"] },
    ]);
  });

  it("reports two annotations of one file that share an id as a duplicate, not as a note already saved", () => {
    const first = toAnnotation(noteOn(exact, "First."), source);
    const second = toAnnotation(noteOn("liberate more land", "Second."), source);
    const file = JSON.stringify([first, { ...second, id: first.id }]);
    expect(parseNotesFile(file, source, now)).toEqual({
      ok: true,
      notes: [expect.objectContaining({ id: first.id, text: "First." })],
      refused: [
        {
          item: 2,
          id: first.id,
          problems: ["id: item 1 has the same id; each annotation in a file needs its own"],
        },
      ],
    });
  });

  it("reports an annotation repeating another's passage and text as a duplicate", () => {
    const anonymous: Record<string, unknown> = { ...toAnnotation(noteOn(exact, "Same."), source) };
    delete anonymous.id;
    const read = parseNotesFile(JSON.stringify([anonymous, { ...anonymous, created: now }]), source, now);
    expect(read.ok && read.refused).toEqual([
      { item: 2, id: null, problems: ["target: item 1 marks the same passage with the same note"] },
    ]);
  });

  it("refuses a file that is not JSON, not annotations, empty or too large, with the reason", () => {
    const message = (file: string) => {
      const read = parseNotesFile(file, source, now);
      return read.ok ? "" : read.message;
    };
    expect(message("{not json")).toMatch(/^The file is not JSON \(/);
    expect(message('{"type":"Feed"}')).toMatch(/^The file is not a W3C annotation collection/);
    expect(parseNotesFile("[]", source, now)).toEqual({
      ok: false,
      message: "The file holds no annotations.",
    });
    const many = JSON.stringify(Array.from({ length: MAX_IMPORT_ITEMS + 1 }, () => ({})));
    expect(parseNotesFile(many, source, now)).toEqual({
      ok: false,
      message: "The file holds 5,001 annotations; at most 5,000 can be imported at once.",
    });
  });
});
