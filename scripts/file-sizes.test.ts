// Small files (issue 26): ESLint's max-lines holds the TypeScript to 220 lines; this holds the stylesheets too,
// which ESLint does not read, and the component that lays out <main> to the 120 lines a reader takes in at once.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const lines = (path: string) => readFileSync(join(root, path), "utf8").split("\n").length - 1;

describe("file sizes", () => {
  it("keeps every stylesheet in src within 220 lines", () => {
    const sheets = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
      .filter((path) => path.endsWith(".css"))
      .map((path) => join("src", path));
    expect(sheets.length).toBeGreaterThan(2);
    expect(sheets.filter((path) => lines(path) > 220)).toEqual([]);
  });

  it("keeps the component that lays out <main> within 120 lines", () => {
    const layout = "src/app/Reader.tsx";
    expect(readFileSync(join(root, layout), "utf8")).toContain("<main");
    expect(lines(layout)).toBeLessThanOrEqual(120);
  });
});
