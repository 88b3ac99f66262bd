// Proves the layer rules in eslint.config.js bite: small files placed at real paths in src are linted with the
// project's own config, and each forbidden import must be an error of the rule that holds that boundary.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

// The probes are not on disk, so the type-aware rules (which need a program) are off; the layer rules need none.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ["**/*.{ts,tsx}"], ...tseslint.configs.disableTypeChecked }],
});

/** A module in `folder` (any non-test source file), so the test does not depend on file names that move. */
function moduleIn(folder: string): string {
  const file = readdirSync(join(root, folder))
    .filter((name) => /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name))
    .sort()[0];
  if (!file) throw new Error(`no module in ${folder}`);
  return join(folder, file);
}

/** An import of `target` (a path from the root, or a package) as written in a file at `from`. */
function importOf(from: string, target: string): string {
  if (!target.startsWith("src/")) return target;
  const spec = relative(join(root, from, ".."), join(root, target)).replace(/\.tsx?$/, "");
  return spec.startsWith(".") ? spec : `./${spec}`;
}

/** The rule ids of every problem ESLint reports for a file at `from` that imports `target`. */
async function problems(from: string, target: string, code?: string): Promise<(string | null)[]> {
  const text = code ?? `import * as target from "${importOf(from, target)}";\nexport const probe = target;\n`;
  const [result] = await eslint.lintText(text, { filePath: join(root, from) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

describe("lint holds the layers by folder", () => {
  const article = moduleIn("src/features/article");
  const annotations = moduleIn("src/features/annotations");
  const app = moduleIn("src/app");
  const lib = "src/lib/theme-palette.ts";
  const content = "src/content/index.ts";

  it("refuses a feature importing another feature", async () => {
    expect(await problems("src/features/annotations/probe.ts", article)).toEqual(["boundaries/dependencies"]);
  });

  it("refuses it for a feature folder that does not exist yet", async () => {
    expect(await problems("src/features/notes/probe.tsx", annotations)).toEqual(["boundaries/dependencies"]);
  });

  it("refuses a feature importing the app", async () => {
    expect(await problems("src/features/share/probe.ts", app)).toEqual(["boundaries/dependencies"]);
  });

  it("refuses the core importing a feature, the app or an entry point", async () => {
    expect(await problems("src/lib/deep-link/probe.ts", article)).toEqual(["boundaries/dependencies"]);
    expect(await problems("src/lib/probe.ts", app)).toEqual(["boundaries/dependencies"]);
    expect(await problems("src/lib/probe.ts", moduleIn("src"))).toEqual(["boundaries/dependencies"]);
  });

  it("refuses the core importing React or touching the DOM", async () => {
    expect(await problems("src/lib/segments/probe.ts", "react")).toEqual(["no-restricted-imports"]);
    expect(await problems("src/lib/segments/probe.ts", "react-dom/client")).toEqual([
      "no-restricted-imports",
    ]);
    const dom = "export const probe = () => document.title;\n";
    expect(await problems("src/lib/segments/probe.ts", "", dom)).toEqual(["no-restricted-globals"]);
  });

  it("refuses content importing a feature or the app", async () => {
    expect(await problems("src/content/probe.ts", article)).toEqual(["boundaries/dependencies"]);
    expect(await problems("src/content/probe.ts", app)).toEqual(["boundaries/dependencies"]);
  });

  it("refuses an import cycle", async () => {
    const dir = mkdtempSync(join(root, "src/lib/cycle-probe-"));
    try {
      const folder = relative(root, dir);
      writeFileSync(join(dir, "b.ts"), 'import { a } from "./a";\nexport const b = () => a;\n');
      const a = 'import { b } from "./b";\nexport const a = 1;\nexport const probe = b;\n';
      writeFileSync(join(dir, "a.ts"), a);
      expect(await problems(join(folder, "a.ts"), "", a)).toEqual(["import-x/no-cycle"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("allows the app over features, features over the core and content, and imports within a feature", async () => {
    expect(await problems("src/app/probe.ts", article)).toEqual([]);
    expect(await problems("src/features/article/probe.ts", lib)).toEqual([]);
    expect(await problems("src/features/article/probe.ts", content)).toEqual([]);
    expect(await problems("src/features/article/probe.ts", article)).toEqual([]);
    expect(await problems("src/lib/probe.ts", content)).toEqual([]);
  });
});
