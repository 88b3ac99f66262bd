// The entry, tiny on purpose. The page arrives prerendered (scripts/vite-plugin-prerender.ts) and readable, so the
// app's code is fetched once the article has been painted and never competes with the HTML and the stylesheet on
// a slow connection. The dev server sends an empty page: there the app starts at once.
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

function startApp(container: HTMLElement): void {
  import("./hydrate")
    .then(({ start }) => {
      start(container);
    })
    .catch((error: unknown) => {
      // The prerendered article stays readable; only the interactive parts are missing.
      console.error("The reader's script could not be loaded; the page stays as prerendered.", error);
    });
}

/** Runs `then` once the browser has painted content, or at once where that cannot be observed or waited for. */
function afterFirstPaint(then: () => void): void {
  // A hidden tab does not paint until shown; without Paint Timing there is nothing to wait for.
  if (document.visibilityState === "hidden" || !PerformanceObserver.supportedEntryTypes.includes("paint")) {
    then();
    return;
  }
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    then();
  });
  // `buffered`: a paint that happened before this script ran counts too.
  observer.observe({ type: "paint", buffered: true });
}

if (root.hasChildNodes()) {
  afterFirstPaint(() => {
    startApp(root);
  });
} else {
  startApp(root);
}
