import { describe, expect, it } from "vitest";
import article from "../fixtures/article.json";
import { promoText } from "./promo-text";

describe("promoText", () => {
  it("drops the article promo's dangling 'click here' and keeps the rest verbatim", () => {
    const text = promoText(article.promo.text);
    expect(text).not.toMatch(/click here/i);
    expect(text).toBe(
      "RFE/RL's Ukraine Live Briefing gives you the latest developments on Russia's invasion, Western military aid, the plight of civilians, and territorial control maps.",
    );
    expect(article.promo.text.startsWith(text)).toBe(true);
  });

  it("leaves a promo without one unchanged", () => {
    expect(promoText("One sentence. Another one!")).toBe("One sentence. Another one!");
  });
});
