import { describe, expect, it } from "vitest";
import miniAnnotations from "./fixtures/mini-annotations.json";
import { claimJson, readClaims } from "./claims";

describe("readClaims", () => {
  it("writes every claim back as the file has it, keys in the file's order", () => {
    const read = readClaims(miniAnnotations, "mini-article");
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(JSON.stringify(read.claims.map(claimJson))).toBe(JSON.stringify(miniAnnotations.items));
  });

  it("holds claims to the content's rules, each problem at its path from the file's root", () => {
    const [first, ...rest] = structuredClone(miniAnnotations).items;
    if (!first) throw new Error("fixture changed");
    const broken = {
      ...first,
      id: "Attrition",
      motivation: "commenting",
      target: first.target.map((t) => ({ ...t, id: undefined })),
    };
    const read = readClaims({ ...miniAnnotations, items: [broken, ...rest] }, "mini-article");
    expect(read.ok ? [] : read.problems).toEqual([
      {
        path: ["items", 0, "id"],
        message: 'must be a kebab-case id (lowercase letters, digits and single hyphens), not "Attrition"',
      },
      { path: ["items", 0, "motivation"], message: 'must be "describing", not "commenting"' },
      { path: ["items", 0, "target", 0, "id"], message: "missing: the quote's id" },
      { path: ["items", 0, "target", 1, "id"], message: "missing: the quote's id" },
    ]);
  });

  it("refuses a field the model does not read, as a likely typo", () => {
    const data = structuredClone(miniAnnotations);
    Object.assign(data.items[0]?.body[1] ?? {}, { purpse: "tagging" });
    const read = readClaims(data, null);
    expect(read.ok ? [] : read.problems.map((p) => p.path)).toEqual([["items", 0, "body", 1, "purpse"]]);
  });
});
