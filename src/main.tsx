// The entry, tiny on purpose. On a built page src/boot.ts loads it once the prerendered article has been painted
// and parsed, so the app's code never competes with the HTML on a slow connection; the dev server sends an empty
// page, and there the app renders at once.
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

import("./hydrate")
  .then(({ start }) => {
    start(root);
  })
  .catch((error: unknown) => {
    // The prerendered article stays readable; only the interactive parts are missing.
    console.error("The reader's script could not be loaded; the page stays as prerendered.", error);
  });
