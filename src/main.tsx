// The entry. On a built page src/boot.ts loads it once the prerendered article has been painted and parsed, so
// the app's code never competes with the HTML on a slow connection; the dev server sends an empty page, and there
// the app renders at once. One chunk with the app (no second round trip for it); what only some visits need is
// split off by `import()` where it is used.
import "./index.css";
import { start } from "./hydrate";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
start(root);
