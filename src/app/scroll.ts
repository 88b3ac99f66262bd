// Scrolling helpers for the reader's two panes. DOM code, kept out of the components.

/** Smooth scrolling unless the reader prefers reduced motion. */
export function scrollBehavior(): ScrollBehavior {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

/** Brings an element of the article into view, centred (or near the top on narrow screens, above the panel). */
export function scrollArticleTo(id: string, narrow: boolean): void {
  document
    .getElementById(id)
    ?.scrollIntoView({ block: narrow ? "start" : "center", behavior: scrollBehavior() });
}

/** Scrolls `container` (and only it: the page stays put) so that `element` is fully visible. */
export function scrollWithin(container: HTMLElement, element: HTMLElement): void {
  const box = container.getBoundingClientRect();
  const target = element.getBoundingClientRect();
  const margin = 12;
  let delta = 0;
  if (target.top < box.top + margin) delta = target.top - box.top - margin;
  else if (target.bottom > box.bottom - margin) delta = target.bottom - box.bottom + margin;
  if (delta !== 0) container.scrollBy({ top: delta, behavior: scrollBehavior() });
}
