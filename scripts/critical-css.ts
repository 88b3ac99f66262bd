// The part of the stylesheet the first paint needs, inlined into every page so that nothing but the HTML is fetched
// before the article shows (issue 13). The whole stylesheet follows after first paint and holds these rules too, in
// the same order, so once it has loaded every element is styled exactly as by the whole stylesheet alone.
//
// Why not a library: beasties (the maintained fork of critters) keeps every rule whose selector matches with its
// pseudo-classes stripped, hover and focus styles included, and knows nothing of the attributes the boot script
// sets on <html> before first paint; that came to 6.9 kB gzip, past what fits beside the HTML in the first round
// trip. Here a rule is kept when, in some page and some state the boot script can set, an element matches it at
// rest; states only a reader's action brings (hover, focus, active) and declarations that do not change the
// first frame (cursor, transitions, scrolling) wait for the whole stylesheet.
import { JSDOM } from "jsdom";
import postcss, { type AtRule, type Declaration, type Root } from "postcss";

/** Attributes a script sets on `<html>` before first paint, as one state of the page (name → value). */
export type HtmlState = Readonly<Record<string, string>>;

/** What the extraction kept and why rules went. */
export interface CriticalCss {
  css: string;
  /** Selectors kept (they match at rest in some page and state). */
  kept: number;
  /** Selectors only an action of the reader can match (hover, focus…). */
  interactive: number;
  /** Selectors no element of any page matches, in any state. */
  unmatched: number;
  /** Selectors the DOM cannot evaluate (kept, to be safe). */
  unknown: number;
}

// What only a reader's action (or the app, once running) brings about: never in the first frame. Pseudo-classes
// of hover, focus and input; a selection, a modal's backdrop, and highlights the app registers in script.
const INTERACTIVE =
  /:(?:hover|focus|focus-visible|focus-within|active|-moz-focusring|-moz-ui-invalid|user-invalid|user-valid)(?![\w-])|::(?:selection|backdrop|highlight)(?![\w-])/;
// Pseudo-elements of form controls (placeholders, date fields, spin buttons…): tested as any form control.
const FORM_PSEUDO_ELEMENT =
  /::(?:placeholder|file-selector-button|-webkit-[\w-]+|-moz-[\w-]+)(?:\([^)]*\))?/g;
// Other pseudo-elements (and the legacy one-colon forms), stripped to test the element they belong to; `:target`
// too, since a link can point at any id.
const PSEUDO_ELEMENT =
  /::[\w-]+(?:\([^)]*\))?|:(?:before|after|first-line|first-letter)(?![\w-])|:target(?![\w-])/g;
// Declarations that do not change how the first frame looks: they matter once the reader moves or interacts, by
// which time the whole stylesheet has arrived. (Scroll margins and paddings stay: a page that opens scrolled to
// its quote uses them for its first frame.)
const NOT_PAINTED =
  /^(?:-webkit-|-moz-)?(?:cursor|transition.*|animation.*|will-change|pointer-events|touch-action|user-select|scroll-behavior|overscroll-behavior.*|caret-color|resize|tap-highlight-color)$/;
// At-rules that never apply to the first frame: printing, animations' frames (animations wait, see above), and
// Tailwind's `@layer properties`, a fallback for browsers without `@property`.
const NEVER_FIRST = (rule: AtRule) =>
  (rule.name === "media" && /^print\b/.test(rule.params)) ||
  /keyframes$/.test(rule.name) ||
  (rule.name === "layer" && rule.params === "properties" && rule.nodes !== undefined);

/**
 * The rules of `css` that the first paint of `pages` (whole HTML documents) needs, in each of `states` (the
 * attributes the boot script may have set on `<html>`; `{}` is the page as sent).
 */
export function criticalCss(
  css: string,
  pages: readonly string[],
  states: readonly HtmlState[],
): CriticalCss {
  const root = postcss.parse(css);
  // First, so that no rule left is a keyframe's step.
  root.walkAtRules((rule) => {
    if (NEVER_FIRST(rule)) rule.remove();
  });
  const counts = { kept: 0, interactive: 0, unmatched: 0, unknown: 0 };
  const verdicts = matchAtRest(root, pages, states);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => {
      const verdict = verdicts.get(selector) ?? "unmatched";
      counts[verdict === "matched" ? "kept" : verdict] += 1;
      return verdict === "matched" || verdict === "unknown";
    });
    if (kept.length === 0) rule.remove();
    else rule.selectors = kept;
  });
  root.walkDecls((decl) => {
    if (NOT_PAINTED.test(decl.prop)) decl.remove();
  });
  dropDuplicateDeclarations(root);
  dropUnusedCustomProperties(root);
  removeEmpty(root);
  return { css: root.toString(), ...counts };
}

type Verdict = "matched" | "interactive" | "unmatched" | "unknown";

/** Each selector's verdict over every page and state. */
function matchAtRest(
  root: Root,
  pages: readonly string[],
  states: readonly HtmlState[],
): Map<string, Verdict> {
  const verdicts = new Map<string, Verdict>();
  const open = new Map<string, string>(); // selector → what to test in the DOM
  root.walkRules((rule) => {
    for (const selector of rule.selectors) {
      if (verdicts.has(selector) || open.has(selector)) continue;
      if (INTERACTIVE.test(selector)) verdicts.set(selector, "interactive");
      else open.set(selector, testableSelector(selector));
    }
  });
  for (const html of pages) {
    const { document } = new JSDOM(html).window;
    const element = document.documentElement;
    for (const state of states) {
      const added = Object.entries(state).filter(([name]) => !element.hasAttribute(name));
      for (const [name, value] of added) element.setAttribute(name, value);
      for (const [selector, test] of open) {
        try {
          if (document.querySelector(test) === null) continue;
          verdicts.set(selector, "matched");
        } catch {
          verdicts.set(selector, "unknown");
        }
        open.delete(selector);
      }
      for (const [name] of added) element.removeAttribute(name);
    }
  }
  return verdicts;
}

/** `selector` as the DOM can test it: the element its pseudo-elements belong to. */
function testableSelector(selector: string): string {
  const bare = selector
    .replace(FORM_PSEUDO_ELEMENT, ":is(input,textarea,select)")
    .replace(PSEUDO_ELEMENT, "");
  return bare.trim() || "*";
}

/** The same property and value twice in one rule (the minifier's vendor fallbacks): the last one does it all. */
function dropDuplicateDeclarations(root: Root): void {
  root.walkRules((rule) => {
    const seen = new Set<string>();
    const declarations = rule.nodes.filter((node): node is Declaration => node.type === "decl");
    for (const decl of declarations.reverse()) {
      const key = `${decl.prop}:${decl.value}:${String(decl.important)}`;
      if (seen.has(key)) decl.remove();
      else seen.add(key);
    }
  });
}

/** Custom properties (and `@property` rules) nothing kept reads through `var()`, directly or through another. */
function dropUnusedCustomProperties(root: Root): void {
  const references = (value: string) => [...value.matchAll(/var\(\s*(--[\w-]+)/g)].map((m) => m[1] ?? "");
  const definitions = new Map<string, string[]>();
  const needed = new Set<string>();
  root.walkDecls((decl) => {
    if (decl.prop.startsWith("--"))
      definitions.set(decl.prop, [...(definitions.get(decl.prop) ?? []), decl.value]);
    else for (const name of references(decl.value)) needed.add(name);
  });
  const pending = [...needed];
  for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
    for (const value of definitions.get(name) ?? []) {
      for (const ref of references(value)) {
        if (!needed.has(ref)) {
          needed.add(ref);
          pending.push(ref);
        }
      }
    }
  }
  root.walkDecls((decl) => {
    if (decl.prop.startsWith("--") && !needed.has(decl.prop)) decl.remove();
  });
  root.walkAtRules("property", (rule) => {
    if (!needed.has(rule.params.trim())) rule.remove();
  });
}

/** Removes rules and blocks left empty, innermost first. */
function removeEmpty(root: Root): void {
  let removed = true;
  while (removed) {
    removed = false;
    root.walk((node) => {
      if ((node.type === "rule" || node.type === "atrule") && node.nodes?.length === 0) {
        node.remove();
        removed = true;
      }
    });
  }
}
