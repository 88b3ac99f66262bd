// Every quote of the real content, as every place presents it: only the speaker's own words go in quotation
// marks under his name; the reporter's narration is the publisher's report (issue 27).
import { shippedModel } from "../shipped-model";
import { describe, expect, it } from "vitest";
import { presentQuote } from "../../src/lib/content-model/quote-voice";
import { readQuotations } from "../../src/lib/content-model/speech";
import { cardSpecs } from "../cards/card-spec";
import { sitePages } from "./site-pages";

const model = shippedModel;
const { speaker } = model.article;
if (!speaker) throw new Error("the content names its speaker");
const pages = new Map(sitePages(model, null).map((p) => [p.path, p]));
const cards = new Map(cardSpecs(model).map((c) => [c.page, c]));
const quotations = readQuotations(model.text);

// The passages the issue found presented as his quotation although they are RFE/RL's narration.
const NARRATION = [
  "production-member-states-ramping-up",
  "production-depleting-stocks",
  "forces-ukrainian-quality",
  "stalemate-our-responsibility",
];

function presented(id: string) {
  const quote = model.quoteById.get(id);
  const page = pages.get(`/q/${id}/`);
  const card = cards.get(`/q/${id}/`);
  const shown = presentQuote(model, id);
  if (!quote || !page || !card || !shown) throw new Error(`quote "${id}" has no page, card or presentation`);
  return { quote, page, card, shown };
}

describe("who says what, for every quote", () => {
  it("reads the article's quotation marks without a stray or unclosed one", () => {
    expect(quotations.problems).toEqual([]);
  });

  it("finds the four narration passages, and only them, to be the reporter's words", () => {
    const voices = model.quotes
      .filter((q) => presentQuote(model, q.id)?.voice === "narration")
      .map((q) => q.id);
    expect(voices.sort()).toEqual([...NARRATION].sort());
  });

  for (const { id } of model.quotes) {
    it(`presents "${id}" as ${NARRATION.includes(id) ? "RFE/RL's report" : "his quotation"}`, () => {
      const { quote, page, card, shown } = presented(id);
      const { shareTitle, title, description } = page.head;
      const texts = [shareTitle, title, description, card.main, card.alt, card.byline ?? ""];
      for (const t of texts)
        expect(t.split("“").length, `${t}: its quotation marks pair up`).toBe(t.split("”").length);
      if (shown.voice === "speech") {
        // His words lie inside one quotation of the article, marks excepted.
        const words = model.text.slice(quote.start, quote.end).replace(/^["“]|["”]$/g, "");
        const inside = quotations.spans.some((s) => model.text.slice(s.start, s.end).includes(words));
        expect(inside, `“${words}” lies inside quotation marks in the article`).toBe(true);
        expect(shareTitle).toMatch(new RegExp(`^“[^“”]+” — ${speaker.name}$`));
        expect(description).toContain(`“${shown.text}” — ${speaker.name}, ${speaker.role}`);
        expect(card).toMatchObject({ mainStyle: "quote", main: `“${shown.text}”`, label: null });
        expect(card.byline).toBe(`— ${speaker.name}, ${speaker.role}`);
        expect(page.head.jsonLd).toMatchObject({ "@type": "Quotation", text: shown.text });
      } else {
        for (const t of [shareTitle, title, description, card.main, card.alt]) {
          expect(t, "narration never opens with a quotation mark").not.toMatch(/^["“]/);
          expect(t, "nor is signed with his name as if he said it").not.toContain(`— ${speaker.name}`);
        }
        expect(shareTitle).toMatch(/^RFE\/RL reports: /);
        expect(description).toMatch(/^RFE\/RL reports in “/);
        expect(card).toMatchObject({ mainStyle: "report", label: "RFE/RL reports", main: shown.text });
        expect(card.alt).toMatch(/^RFE\/RL reports: /);
        expect(page.head.jsonLd).toBeNull();
      }
    });
  }

  it("quotes his words inside a report and says whose they are", () => {
    const { page, card } = presented("production-depleting-stocks");
    expect(page.head.shareTitle).toBe(
      "RFE/RL reports: NATO countries looking to aid Kyiv with weapon supplies “were depleting our own stocks.”",
    );
    expect(page.head.description).toMatch(
      /“were depleting our own stocks\.” Quoting Jens Stoltenberg, NATO Secretary-General\.$/,
    );
    expect(card.byline).toBe("Quoting Jens Stoltenberg, NATO Secretary-General");
  });
});
