import { shippedModel } from "../shipped-model";
import { describe, expect, it } from "vitest";
import themePalette from "../../src/lib/theme-palette-colours.json" with { type: "json" };
import { cardPath, cardSpecs } from "./card-spec";

const model = shippedModel;
// The theme palette as the site draws it (tailwind.config.js reads the same file).
const hl: Record<string, { edge: string; soft: string } | undefined> = themePalette;

describe("cardSpecs", () => {
  const specs = cardSpecs(model);

  it("gives the article, every theme and every quote a card beside its page", () => {
    expect(specs.map((s) => cardPath(s.page))).toEqual([
      "/card.png",
      ...model.themes.map((t) => `/t/${t.id}/card.png`),
      ...model.quotes.map((q) => `/q/${q.id}/card.png`),
    ]);
  });

  it("shows a quote verbatim in typographic quotes, attributed as the article does, in its theme's colours", () => {
    const quote = model.quotes.find((q) => q.id === "negotiations-support-today");
    const spec = specs.find((s) => s.page === "/q/negotiations-support-today/");
    expect(spec).toMatchObject({
      main: `“${quote?.exact ?? ""}”`,
      mainStyle: "quote",
      byline: "— Jens Stoltenberg, NATO Secretary-General",
      kicker: "Negotiations",
      headline: model.article.headline,
      publisher: "RFE/RL",
      colors: { edge: hl.violet?.edge, soft: hl.violet?.soft },
    });
    expect(spec?.alt).toContain(quote?.exact);
  });

  it("counts a theme's claims on its card", () => {
    const spec = specs.find((s) => s.page === "/t/war-of-attrition/");
    const claims = model.claims.filter((c) => c.themeId === "war-of-attrition").length;
    expect(spec?.byline).toBe(`${claims} claims, each linked to its quote`);
    expect(spec?.colors.edge).toBe(hl.amber?.edge);
  });
});
