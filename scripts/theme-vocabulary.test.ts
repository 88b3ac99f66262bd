// The shared theme vocabulary (src/content/themes.json) against the colour-vision test of the palette
// (src/lib/theme-palette.test.ts, which cannot read src/content): every theme of every article is drawn in one of
// the colours that test keeps apart, and no article shows two themes in the same colour.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildCollection } from "../src/lib/content-model";
import { themeSchema } from "../src/lib/content-model/schema";
import colours from "../src/lib/theme-palette-colours.json" with { type: "json" };
import { readContentDir } from "./content-files";

const contentDir = fileURLToPath(new URL("../src/content", import.meta.url));
const vocabulary = (JSON.parse(readFileSync(`${contentDir}/themes.json`, "utf8")) as unknown[]).map((t) =>
  themeSchema.parse(t),
);

describe("the theme vocabulary", () => {
  it("draws every theme in a colour whose every pairing the colour-vision test checks", () => {
    const checked = Object.keys(colours);
    expect(vocabulary.filter((t) => !checked.includes(t.color))).toEqual([]);
  });

  it("gives each article's themes distinct colours, so the pairwise test covers what each page shows", () => {
    const built = buildCollection(readContentDir(contentDir));
    if (!built.ok) throw new Error("the content must be valid: npm run check:content");
    for (const { article, themes } of built.collection.articles) {
      const used = themes.map((t) => t.color);
      expect(new Set(used).size, article.id).toBe(used.length);
    }
  });
});
