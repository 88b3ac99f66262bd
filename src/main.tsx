// The entry. On a built page src/boot.ts loads it once the prerendered article has been painted and parsed, so
// the app's code never competes with the HTML on a slow connection; the dev server sends an empty page, and there
// the app renders at once. One chunk with the app (no second round trip for it); what only some visits need is
// split off by `import()` where it is used.
import "./index.css";
import "./print.css";
import { start } from "./hydrate";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// Both were fetched together after first paint; the stylesheet, smaller, is almost always in first. Hydration
// waits for it all the same (loaded or failed: src/boot.ts marks it settled), so the first popover, dialog or
// note the reader opens is styled. The dev server injects its CSS as <style>: no link to wait for.
const stylesheet = document.querySelector<HTMLLinkElement>('head > link[rel="stylesheet"]');
if (stylesheet === null || stylesheet.hasAttribute("data-settled")) {
  start(root);
} else {
  const go = () => {
    start(root);
  };
  stylesheet.addEventListener("load", go, { once: true });
  stylesheet.addEventListener("error", go, { once: true });
}
