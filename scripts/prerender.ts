// Putting the prerendered app into the built page: pure string work, tested in prerender.test.ts.
import { escapeHtml } from "./link-preview.ts";

/** The empty mount point index.html must contain exactly once. */
export const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * `html` with `appHtml` inside its empty `#root`, nothing added around it: any whitespace would be a node that
 * hydration does not expect. `#root` gets `data-page`, the path the app was rendered for, which src/hydrate.tsx
 * starts from. Throws when the page has no such element or the app rendered nothing.
 */
export function injectApp(html: string, appHtml: string, page: string): string {
  const at = html.indexOf(ROOT_ELEMENT);
  if (at === -1 || html.indexOf(ROOT_ELEMENT, at + 1) !== -1) {
    throw new Error(`index.html must contain ${ROOT_ELEMENT} exactly once to prerender into`);
  }
  if (appHtml.trim() === "") throw new Error("the app prerendered to nothing");
  const open = `<div id="root" data-page="${escapeHtml(page)}">`;
  return html.slice(0, at) + open + appHtml + "</div>" + html.slice(at + ROOT_ELEMENT.length);
}

/** Where the page keeps what it fetches after first paint; src/boot.ts reads it. */
export const DEFERRED_ID = "deferred";

/** One element for src/boot.ts to create after first paint: its tag name and its attributes, in order. */
export type DeferredElement = [tag: string, attributes: Record<string, string>];

/** The tag name and attributes of a `<link …>` or `<script …>` tag as Vite writes them (no entities in values). */
export function parseTag(tag: string): DeferredElement {
  const [, name, rest = ""] = /^<([a-z]+)\b([^>]*)>/.exec(tag) ?? [];
  if (name === undefined) throw new Error(`not a tag: ${tag}`);
  const attributes: Record<string, string> = {};
  for (const [, attribute = "", value = ""] of rest.matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) {
    if (value.includes("&")) throw new Error(`an entity in ${tag}: the boot script would set it undecoded`);
    attributes[attribute] = value;
  }
  return [name, attributes];
}

/**
 * `html` with its stylesheet and its entry module left for after first paint (src/boot.ts fetches them): in their
 * place, `criticalCss` inline, then a JSON data block (`<script type="application/json" id="deferred">`) listing
 * the stylesheet's link, any module preloads and the entry as elements to create, and the link again in
 * `<noscript>`, so a reader without JavaScript gets the whole stylesheet at once. The HTML alone then paints the
 * article: no other request stands before it (issue 13). Data, not a `<template>` of the tags: the parser reads a
 * data block as one text node, where a template's first use builds a document for its contents (~0.4 ms of the
 * parse before first paint, four times that on a throttled phone).
 */
export function deferAssets(html: string, criticalCss: string): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>/g) ?? [];
  const entries = html.match(/<script type="module"[^>]*><\/script>/g) ?? [];
  const preloads = html.match(/<link rel="modulepreload"[^>]*>/g) ?? [];
  const [stylesheet] = stylesheets;
  const [entry] = entries;
  if (stylesheets.length !== 1 || entry === undefined || entries.length !== 1 || stylesheet === undefined) {
    throw new Error(
      `the built page must link one stylesheet and one entry module to defer (found ${stylesheets.length} and ${entries.length})`,
    );
  }
  if (/<\/style/i.test(criticalCss)) throw new Error("the critical CSS contains </style");
  let out = html;
  for (const tag of [entry, ...preloads]) out = out.replace(tag, "");
  // "<" escaped, so no text in the data can close the block.
  const data = JSON.stringify([stylesheet, ...preloads, entry].map(parseTag)).replaceAll("<", "\\u003c");
  const deferred = `<script type="application/json" id="${DEFERRED_ID}">${data}</script>`;
  return out.replace(
    stylesheet,
    () => `<style>${criticalCss}</style>${deferred}<noscript>${stylesheet}</noscript>`,
  );
}

/** The page's inline code, which only its CSP's hashes allow: the texts of inline scripts and of `<style>`s. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([^]*?)<\/script>/gi)]
    // External scripts carry no code; data blocks (JSON-LD) are never run, and CSP lets them be.
    .filter(
      ([, attributes = ""]) =>
        !/\bsrc=/i.test(attributes) && !/\btype="application\/(ld\+)?json"/i.test(attributes),
    )
    .map(([, , code = ""]) => code);
  const styles = [...html.matchAll(/<style\b[^>]*>([^]*?)<\/style>/gi)].map(([, css = ""]) => css);
  return { scripts, styles };
}
