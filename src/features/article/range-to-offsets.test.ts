// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from "vitest";
import { rangeToOffsets } from "./range-to-offsets";

// Article text: "Alpha beta gamma.\n\nDelta epsilon zeta." — rendered as the article view renders it.
const text = "Alpha beta gamma.\n\nDelta epsilon zeta.";
const markup = `
  <h1 id="headline">Headline</h1>
  <div id="body">
    <p data-start="0">Alpha <mark data-quote="q" data-label="Theme quote">beta <mark data-quote="r">gam</mark>ma</mark>.</p>
    <p data-start="19">Delta <mark data-quote="s">epsilon</mark> zeta.</p>
  </div>
  <aside id="after"><button>x</button></aside>`;

let body: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = markup;
  body = document.getElementById("body") as HTMLElement;
});

/** The first text node under `selector` whose data includes `needle`. */
function textIn(selector: string, needle: string): Text {
  const walker = document.createTreeWalker(document.querySelector(selector) as Node, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(needle)) return node as Text;
  }
  throw new Error(`no text node with ${needle}`);
}

function range(start: [Node, number], end: [Node, number]): Range {
  const r = document.createRange();
  r.setStart(...start);
  r.setEnd(...end);
  return r;
}

const selected = (offsets: { start: number; end: number } | null) =>
  offsets && text.slice(offsets.start, offsets.end);

describe("rangeToOffsets", () => {
  it("maps a selection inside nested marks", () => {
    const beta = textIn("#body", "beta");
    const ma = textIn("#body", "ma");
    expect(selected(rangeToOffsets(body, range([beta, 2], [ma, 1])))).toBe("ta gamm");
  });

  it("maps a selection across paragraphs", () => {
    const gam = textIn("#body", "gam");
    const epsilon = textIn("#body", "epsilon");
    expect(selected(rangeToOffsets(body, range([gam, 0], [epsilon, 3])))).toBe("gamma.\n\nDelta eps");
  });

  it("maps element boundary points (as a triple click makes them); the paragraph break stays selected", () => {
    const [first, second] = Array.from(body.querySelectorAll("p"));
    if (!first || !second) throw new Error("fixture");
    expect(selected(rangeToOffsets(body, range([first, 0], [second, 0])))).toBe("Alpha beta gamma.\n\n");
  });

  it("clamps a selection that starts in the headline and ends after the body", () => {
    const headline = textIn("#headline", "Headline");
    const after = document.getElementById("after") as HTMLElement;
    expect(selected(rangeToOffsets(body, range([headline, 2], [after, 1])))).toBe(text);
  });

  it("gives null for a selection with no article text", () => {
    const headline = textIn("#headline", "Headline");
    expect(rangeToOffsets(body, range([headline, 0], [headline, 4]))).toBeNull();
    const alpha = textIn("#body", "Alpha");
    expect(rangeToOffsets(body, range([alpha, 2], [alpha, 2]))).toBeNull();
  });
});
