// The layers of src as lint rules: which folder may import which, what the pure core may touch, which files
// may exist where. eslint.config.js applies them; scripts/lint-boundaries.test.ts proves each one bites.
import boundaries from "eslint-plugin-boundaries";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";

/** A boundaries selector for files of the given layers. */
const layer = (...types) => ({ element: { types } });

/** The entry points, directly in src: a file category, as an element is a folder (and would take all src). */
const ENTRY = { file: { categories: "entry" } };

/** Code that may import a feature: the app and the entry points. */
const OUTSIDE_FEATURES = [layer("app"), ENTRY];

// A feature's one public file. It names, export by export, what the app may use (`export { X } from "./X"`)
// and holds no code; inside the feature, files import each other directly as STYLE.md asks, so it is a short
// list of names, not a barrel of everything. A part loaded later stays the feature's business: its public
// file exports the component or function that calls `import()` (as LiveBriefing does); the app never reaches
// inside.
const FEATURE_ENTRY = "index.ts";

/** Tests beside the code they prove, and the fixtures only tests read (paths inside an element). */
const TEST_FILES = ["**/*.test.{ts,tsx}", "**/fixtures.ts", "**/fixtures/**"];

/** A no-restricted-syntax entry that refuses a file for being where it is, whatever it holds. */
const wholeFile = (message) => ({ selector: "Program", message });

// Globals the pure core must not touch, and why. `globalThis`, `window` and `self` are refused themselves, so
// `globalThis.document` or `self.indexedDB` fail as `document` does. Timers, Intl and URL (a string parser)
// stay: they are computation, not the page.
const PURE_CORE_GLOBALS = [
  {
    names: "globalThis window self parent top frames opener navigator",
    why: "the pure core never reaches the host: take what it needs as an argument.",
  },
  {
    names: `document getComputedStyle matchMedia getSelection customElements visualViewport screen
      devicePixelRatio requestAnimationFrame cancelAnimationFrame requestIdleCallback cancelIdleCallback
      MutationObserver ResizeObserver IntersectionObserver innerWidth innerHeight scrollX scrollY scrollTo
      scrollBy alert confirm`,
    why: "the DOM, layout and frame timing belong in a feature or src/app; the core computes on strings and numbers.",
  },
  {
    names: "location history",
    why: "the URL is read and written by src/app's adapter; the core parses and builds strings (src/lib/deep-link).",
  },
  {
    names: "localStorage sessionStorage indexedDB caches cookieStore",
    why: "storage is an effect: the core returns it as data, and an adapter in a feature or src/app performs it.",
  },
  {
    names: "fetch XMLHttpRequest WebSocket EventSource Worker SharedWorker BroadcastChannel",
    why: "network and threads belong in a feature's api/ folder; the core parses what they bring.",
  },
].flatMap(({ names, why }) => names.split(/\s+/).map((name) => ({ name, message: why })));

export const layerConfigs = [
  // Each feature folder is one element, so imports inside a feature are its own business; any import from one
  // element to another must be allowed below, and every file in src must belong to an element or be an entry.
  // Folders added under src/features are covered as they appear.
  {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries, "import-x": importX },
    settings: {
      "import/resolver": { typescript: { project: "tsconfig.json" } },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "tsconfig.json" })],
      // no-cycle follows only files it can parse: TypeScript ones, with typescript-eslint's parser.
      "import-x/extensions": [".ts", ".tsx"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      // Matched from the project root. Folders outside src are named only so that a policy can refuse them.
      "boundaries/elements": [
        { type: "app", pattern: "src/app", partialMatch: false },
        { type: "feature", pattern: "src/features/*", capture: ["name"], partialMatch: false },
        { type: "lib", pattern: "src/lib", partialMatch: false },
        { type: "content", pattern: "src/content", partialMatch: false },
        { type: "scripts", pattern: "scripts", partialMatch: false },
        { type: "e2e", pattern: "e2e", partialMatch: false },
        { type: "public", pattern: "public", partialMatch: false },
      ],
      // The entry points and their stylesheet, directly in src.
      "boundaries/files": [{ category: "entry", pattern: "src/*.{ts,tsx,css}" }],
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          // An import of a local file that is in no element (vite.config.ts, package.json…) is refused too.
          checkUnknownLocals: true,
          // The last policy that matches decides; the message shown is that of the policy that refused.
          policies: [
            // Entry points mount the app; the app composes features over the pure core and the content.
            { from: ENTRY, allow: { to: [ENTRY, layer("app", "lib", "content")] } },
            { from: layer("app"), allow: { to: layer("lib", "content") } },
            {
              from: OUTSIDE_FEATURES,
              disallow: { to: layer("feature") },
              message:
                `Outside its folder a feature is imported only through its ${FEATURE_ENTRY}, its public surface ` +
                "(not {{to.element.fileInternalPath}}).",
            },
            {
              from: OUTSIDE_FEATURES,
              allow: { to: { element: { types: "feature", fileInternalPath: FEATURE_ENTRY } } },
            },
            // A feature uses the core and the content; features meet only in src/app.
            { from: layer("feature"), allow: { to: layer("lib", "content") } },
            {
              from: layer("feature"),
              disallow: { to: [layer("feature", "app"), ENTRY] },
              message:
                "A feature imports no other feature and not the app: they meet in src/app, which passes props.",
            },
            // Content is data read through the core's schema: it depends on lib, never the reverse (a test of the
            // core reads a copy of what it needs in its own fixtures, so the core stands without this article).
            { from: layer("content"), allow: { to: layer("lib") } },
            {
              from: layer("lib"),
              disallow: { to: [layer("content", "app", "feature"), ENTRY] },
              message:
                "src/lib, the pure core, imports only src/lib and packages: content depends on lib, not the reverse.",
            },
            // A test may read a file served as-is that it proves (the default feed parses).
            { from: { element: { fileInternalPath: TEST_FILES } }, allow: { to: layer("public") } },
            {
              disallow: { to: layer("scripts", "e2e") },
              message:
                "src never imports scripts/ or e2e/, Node's build and test tools: what both need belongs in src/lib.",
            },
          ],
        },
      ],
      "boundaries/no-unknown-files": "error",
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
    },
  },
  // The pure core, and the content read through it: no React, no DOM, no URL state, storage or network.
  {
    files: ["src/lib/**/*.{ts,tsx}", "src/content/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "react",
                "react/*",
                "react-dom",
                "react-dom/*",
                "@tanstack/react-query",
                "@testing-library/*",
              ],
              message: "src/lib is pure TypeScript; React belongs in a feature or src/app.",
            },
            {
              group: ["@floating-ui/dom", "dompurify", "idb-keyval"],
              message: "this package needs a DOM or storage; it belongs in a feature or src/app.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", ...PURE_CORE_GLOBALS],
    },
  },
  {
    files: ["src/lib/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        wholeFile("src/lib holds no .tsx: JSX is React's, and React lives outside lib."),
      ],
    },
  },
  {
    files: ["src/**/*.{js,jsx,mjs,cjs}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        wholeFile("src holds TypeScript only: the layer rules read .ts and .tsx."),
      ],
    },
  },
  // A feature's public file is a list of names: no code, no `export *`, so its surface is read in one place.
  {
    files: [`src/features/*/${FEATURE_ENTRY}`],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > :not(ExportNamedDeclaration[source])",
          message: `A feature's ${FEATURE_ENTRY} only names what the app may use: \`export { X } from "./file"\`.`,
        },
      ],
    },
  },
];
