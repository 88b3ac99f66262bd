import { describe, expect, it } from "vitest";
import { readQuotations, voiceOf, voiceSegments } from "./speech";

// Written for the test: a harbour report with straight and curly marks and a quotation over two paragraphs.
const text = [
  'The harbour master said the new pier was "ready for the autumn storms" and would open on Monday.',
  '"We tested every bolt twice.',
  '"Nothing was left to chance," she said.',
  "“Curly marks count too,” the clerk wrote.",
].join("\n\n");

const rangeOf = (passage: string) => {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in the test text: ${passage}`);
  return { start, end: start + passage.length };
};

describe("readQuotations", () => {
  it("pairs straight and curly marks, and carries a quotation on into a paragraph that reopens it", () => {
    const { spans, problems } = readQuotations(text);
    expect(problems).toEqual([]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      "ready for the autumn storms",
      'We tested every bolt twice.\n\n"Nothing was left to chance,',
      "Curly marks count too,",
    ]);
  });

  it("says where a quotation is left open at a paragraph that does not reopen it", () => {
    const { problems } = readQuotations('He said "we will see.\n\nThe vote was delayed.');
    expect(problems).toEqual([{ offset: 8, problem: "unclosed" }]);
  });

  it("says where a closing mark closes nothing, and where a quotation opens inside another", () => {
    expect(readQuotations("A stray” mark.").problems).toEqual([{ offset: 7, problem: "closes-nothing" }]);
    expect(readQuotations("“One “two” three.").problems).toEqual([{ offset: 5, problem: "opens-inside" }]);
  });
});

describe("voiceSegments", () => {
  it("splits a report into narration and the quoted words, without their marks", () => {
    const range = rangeOf('the new pier was "ready for the autumn storms" and would open');
    expect(voiceSegments(text, range)).toEqual([
      { kind: "narration", text: "the new pier was " },
      { kind: "speech", text: "ready for the autumn storms" },
      { kind: "narration", text: " and would open" },
    ]);
  });

  it("finds a quote inside quotation marks to be speech, even one that starts on the opening mark", () => {
    expect(voiceSegments(text, rangeOf("autumn storms"))).toEqual([
      { kind: "speech", text: "autumn storms" },
    ]);
    expect(voiceSegments(text, rangeOf("“Curly marks count"))).toEqual([
      { kind: "speech", text: "Curly marks count" },
    ]);
  });

  it("keeps a quotation running over a paragraph break as speech, dropping the mark that carries it on", () => {
    const segments = voiceSegments(text, rangeOf('bolt twice.\n\n"Nothing was left'));
    expect(segments).toEqual([{ kind: "speech", text: "bolt twice.\n\nNothing was left" }]);
  });

  it("finds a quote running from a quotation into the reporter's words to be mixed", () => {
    const segments = voiceSegments(text, rangeOf('left to chance," she said'));
    expect(segments).toEqual([
      { kind: "speech", text: "left to chance," },
      { kind: "narration", text: " she said" },
    ]);
    expect(voiceOf(segments)).toBe("narration");
  });
});

describe("voiceOf", () => {
  it("is speech when the only narration is a space or a comma between quotations", () => {
    expect(
      voiceOf([
        { kind: "speech", text: "Yes" },
        { kind: "narration", text: ", " },
        { kind: "speech", text: "no" },
      ]),
    ).toBe("speech");
    expect(voiceOf([{ kind: "narration", text: "the pier" }])).toBe("narration");
  });
});
