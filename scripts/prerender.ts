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

/** Inline scripts the prerendered HTML contains (a strict CSP forbids them): their opening tags, for messages. */
export function inlineScripts(html: string): string[] {
  const tags = html.match(/<script\b[^>]*>/gi) ?? [];
  // Data blocks (JSON-LD) are never executed, so CSP allows them.
  return tags.filter((tag) => !/\bsrc=/i.test(tag) && !/\btype="application\/(ld\+)?json"/i.test(tag));
}
