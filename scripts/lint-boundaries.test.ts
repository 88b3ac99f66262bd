// Proves the layer rules (eslint.layers.js) bite: small files placed at real paths are linted with the project's
// own config, and each forbidden import or global must be an error of the rule that holds that boundary, while
// the legal neighbour of each passes. Deleting a rule, or a name from one, fails a test here.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { describe, expect, it, vi } from "vitest";

const root = resolve(import.meta.dirname, "..");

// Each probe is a lint of its own, CPU-bound: a test of several takes seconds when the machine's cores are busy.
vi.setConfig({ testTimeout: 60_000 });

// The probes are not on disk, so the type-aware rules (which need a program) are off; the layer rules need none.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [{ files: ["**/*.{ts,tsx}"], ...tseslint.configs.disableTypeChecked }],
});

/** The first file in `folder` whose name matches `pattern`, so the test does not depend on names that move. */
function fileIn(folder: string, pattern: RegExp): string {
  const file = readdirSync(join(root, folder))
    .filter((name) => pattern.test(name))
    .sort()[0];
  if (!file) throw new Error(`no file matching ${String(pattern)} in ${folder}`);
  return join(folder, file);
}

/** A module in `folder`: a source file that is not a test, a declaration or the folder's index. */
const moduleIn = (folder: string) => fileIn(folder, /^(?!index\.)(?!.*\.(test|d)\.tsx?$).*\.tsx?$/);

/** An import of `target` (a path from the root, or a package) as written in a file at `from`. */
function importOf(from: string, target: string): string {
  if (!existsSync(join(root, target))) return target;
  const spec = relative(join(root, from, ".."), join(root, target)).replace(/\.tsx?$/, "");
  return spec.startsWith(".") ? spec : `./${spec}`;
}

/** The rule ids of every problem ESLint reports for a file at `from` that imports `target` (or holds `code`). */
async function problems(from: string, target: string, code?: string): Promise<(string | null)[]> {
  const text = code ?? `import * as target from "${importOf(from, target)}";\nexport const probe = target;\n`;
  const [result] = await eslint.lintText(text, { filePath: join(root, from) });
  return result?.messages.map((m) => m.ruleId) ?? [];
}

/** The rule ids for a file at `from` whose only statement is `code`. */
const problemsOf = (from: string, code: string) => problems(from, "", `${code}\n`);

const REFUSED = ["boundaries/dependencies"];

describe("lint holds the layers by folder", () => {
  const article = moduleIn("src/features/article");
  const annotations = moduleIn("src/features/annotations");
  const app = moduleIn("src/app");
  const lib = moduleIn("src/lib");
  const content = moduleIn("src/content");

  it("refuses a feature importing another feature, even through its index", async () => {
    expect(await problems("src/features/annotations/probe.ts", article)).toEqual(REFUSED);
    expect(await problems("src/features/annotations/probe.ts", "src/features/article/index.ts")).toEqual(
      REFUSED,
    );
  });

  it("refuses it for a feature folder that does not exist yet", async () => {
    expect(await problems("src/features/new-feature/probe.tsx", annotations)).toEqual(REFUSED);
  });

  it("refuses a feature importing the app or an entry point", async () => {
    expect(await problems("src/features/share/probe.ts", app)).toEqual(REFUSED);
    expect(await problems("src/features/share/probe.ts", moduleIn("src"))).toEqual(REFUSED);
  });

  it("refuses the core importing a feature, the app or an entry point", async () => {
    expect(await problems("src/lib/deep-link/probe.ts", article)).toEqual(REFUSED);
    expect(await problems("src/lib/probe.ts", app)).toEqual(REFUSED);
    expect(await problems("src/lib/probe.ts", moduleIn("src"))).toEqual(REFUSED);
  });

  it("refuses content importing a feature or the app", async () => {
    expect(await problems("src/content/probe.ts", article)).toEqual(REFUSED);
    expect(await problems("src/content/probe.ts", app)).toEqual(REFUSED);
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
    expect(await problems("src/app/probe.ts", "src/features/article/index.ts")).toEqual([]);
    expect(await problems("src/features/article/probe.ts", lib)).toEqual([]);
    expect(await problems("src/features/article/probe.ts", content)).toEqual([]);
    expect(await problems("src/features/article/probe.ts", article)).toEqual([]);
    expect(await problems("src/app/probe.test.ts", app)).toEqual([]);
  });
});

describe("content depends on the core, never the reverse", () => {
  it("refuses the core importing content, its code or its data, types included", async () => {
    expect(await problems("src/lib/probe.ts", moduleIn("src/content"))).toEqual(REFUSED);
    expect(await problems("src/lib/probe.ts", fileIn("src/content", /\.json$/))).toEqual(REFUSED);
    const typeOnly = `import type * as content from "${importOf("src/lib/probe.ts", moduleIn("src/content"))}";`;
    expect(await problemsOf("src/lib/probe.ts", `${typeOnly}\nexport type Probe = typeof content;`)).toEqual(
      REFUSED,
    );
  });

  it("refuses it from the core's tests too, and allows content over the core", async () => {
    expect(await problems("src/lib/anchoring/probe.test.ts", fileIn("src/content", /\.json$/))).toEqual(
      REFUSED,
    );
    expect(await problems("src/lib/anchoring/fixtures.ts", moduleIn("src/content"))).toEqual(REFUSED);
    expect(await problems("src/content/probe.ts", moduleIn("src/lib"))).toEqual([]);
  });
});

describe("outside its folder, a feature is reached only through its index.ts", () => {
  const article = moduleIn("src/features/article");

  it("refuses the app or an entry point importing a feature's other files, lazily or for types", async () => {
    expect(await problems("src/app/probe.ts", article)).toEqual(REFUSED);
    expect(await problems("src/probe.tsx", article)).toEqual(REFUSED);
    const lazy = `export const load = () => import("${importOf("src/app/probe.ts", article)}");`;
    expect(await problemsOf("src/app/probe.ts", lazy)).toEqual(REFUSED);
    const types = `import type * as article from "${importOf("src/app/probe.ts", article)}";`;
    expect(await problemsOf("src/app/probe.ts", `${types}\nexport type Probe = typeof article;`)).toEqual(
      REFUSED,
    );
  });

  it("allows the entry points through the index too", async () => {
    expect(await problems("src/probe.tsx", "src/features/article/index.ts")).toEqual([]);
  });

  it("keeps index.ts a list of names: no code, no export *", async () => {
    const index = "src/features/article/index.ts";
    expect(
      await problemsOf(
        index,
        `export * from "./${article
          .split("/")
          .pop()
          ?.replace(/\.tsx?$/, "")}";`,
      ),
    ).toEqual(["no-restricted-syntax"]);
    expect(await problemsOf(index, "export const probe = 1;")).toEqual(["no-restricted-syntax"]);
    expect(await problemsOf(index, 'export { ArticleView } from "./ArticleView";')).toEqual([]);
  });
});

describe("every file in src belongs to a layer, and src never imports the tools beside it", () => {
  it("refuses a file outside the layers, whatever it imports", async () => {
    expect(await problemsOf("src/features/probe.ts", "export const probe = 1;")).toEqual([
      "boundaries/no-unknown-files",
    ]);
    expect(await problems("src/features/probe.ts", moduleIn("src/app"))).toEqual([
      "boundaries/no-unknown-files",
    ]);
    expect(await problemsOf("src/probe-folder/probe.ts", "export const probe = 1;")).toEqual([
      "boundaries/no-unknown-files",
    ]);
    expect(await problemsOf("src/lib/probe.js", "export const probe = 1;")).toEqual(["no-restricted-syntax"]);
  });

  it("allows an entry point directly in src", async () => {
    expect(await problemsOf("src/probe.ts", "export const probe = 1;")).toEqual([]);
  });

  it("refuses src importing scripts/, e2e/ or a root file, from tests too", async () => {
    const script = moduleIn("scripts");
    expect(await problems("src/lib/probe.ts", script)).toEqual(REFUSED);
    expect(await problems("src/features/share/probe.test.ts", script)).toEqual(REFUSED);
    expect(await problems("src/app/probe.ts", moduleIn("e2e/fixtures"))).toEqual(REFUSED);
    expect(await problems("src/lib/probe.ts", "vite.config.ts")).toEqual(REFUSED);
  });

  it("lets a test, and only a test, read a file served as-is", async () => {
    const served = fileIn("public", /\.json$/);
    expect(await problems("src/features/briefing/probe.test.ts", served)).toEqual([]);
    expect(await problems("src/features/briefing/probe.ts", served)).toEqual(REFUSED);
  });
});

describe("the core and the content are pure: no React, no DOM, storage or network", () => {
  it("refuses React and DOM packages", async () => {
    for (const target of [
      "react",
      "react-dom/client",
      "@tanstack/react-query",
      "@floating-ui/dom",
      "idb-keyval",
    ])
      expect(await problems("src/lib/segments/probe.ts", target), target).toEqual(["no-restricted-imports"]);
  });

  it("refuses any .tsx in src/lib", async () => {
    expect(await problemsOf("src/lib/segments/probe.tsx", "export const probe = 1;")).toEqual([
      "no-restricted-syntax",
    ]);
  });

  it("refuses DOM, layout, storage and network globals, and reaching them through the global object", async () => {
    const uses = [
      "document.title",
      "sessionStorage.length",
      "indexedDB.open",
      "getComputedStyle",
      "matchMedia",
      "requestAnimationFrame",
      "fetch",
      "location.hash",
      "globalThis.document",
      "window.localStorage",
      "self.indexedDB",
    ];
    for (const use of uses) {
      expect(
        await problemsOf("src/lib/segments/probe.ts", `export const probe = () => ${use};`),
        use,
      ).toEqual(["no-restricted-globals"]);
    }
    expect(await problemsOf("src/content/probe.ts", "export const probe = () => document.title;")).toEqual([
      "no-restricted-globals",
    ]);
  });

  it("allows computation: Intl, URL parsing, timers and the core's own names", async () => {
    const pure = [
      'new Intl.NumberFormat("en").format(1)',
      'new URL("https://example.org/").host',
      "setTimeout(() => undefined, 0)",
      "((document: string) => document.length)('')",
    ];
    for (const use of pure)
      expect(
        await problemsOf("src/lib/segments/probe.ts", `export const probe = () => ${use};`),
        use,
      ).toEqual([]);
  });
});
