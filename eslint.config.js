import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import boundaries from "eslint-plugin-boundaries";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** A boundaries selector for files of the given layers. */
const layer = (...types) => ({ element: { types } });

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "test-results", "playwright-report", "bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks, "@tanstack/query": pluginQuery },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs.recommended.rules,
    },
  },
  // The layers, by folder. Each feature folder is one element, so imports inside a feature are its own business;
  // any import from one element to another must be allowed below. Folders added under src/features are covered
  // as they appear. The unit test scripts/lint-boundaries.test.ts proves forbidden imports fail.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      "import/resolver": { typescript: { project: "tsconfig.json" } },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // no-cycle follows only files it can parse: TypeScript ones, with typescript-eslint's parser.
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      // Matched from the project root, innermost first: the entry files are what is left directly in src.
      "boundaries/elements": [
        { type: "app", pattern: "src/app", partialMatch: false },
        { type: "feature", pattern: "src/features/*", partialMatch: false },
        { type: "lib", pattern: "src/lib", partialMatch: false },
        { type: "content", pattern: "src/content", partialMatch: false },
        { type: "entry", pattern: "src", partialMatch: false },
      ],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          policies: [
            // Entry points mount the app; the app composes features over the pure core and the content.
            { from: layer("entry"), allow: { to: layer("app", "feature", "lib", "content") } },
            { from: layer("app"), allow: { to: layer("feature", "lib", "content") } },
            // A feature uses the core and the content; features meet only in src/app.
            { from: layer("feature"), allow: { to: layer("lib", "content") } },
            { from: layer("lib"), allow: { to: layer("content") } },
            // Content is data and its schema; its index hands the app the model the build compiled in lib.
            { from: layer("content"), allow: { to: layer("lib") } },
          ],
        },
      ],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // Pure core: no React, no DOM, no URL or storage access in src/lib.
  {
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["react", "react-dom", "react/*", "react-dom/*", "@tanstack/react-query"],
              message: "src/lib is pure TypeScript; React belongs in a feature or src/app.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "location",
        "history",
        "localStorage",
        "navigator",
      ],
    },
  },
);
