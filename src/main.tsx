// The entry: tiny on purpose. The page arrives prerendered (scripts/vite-plugin-prerender.ts) and readable, so the
// app's code is fetched only once the article has been painted, and never competes with the HTML and stylesheet
// for a slow connection. The dev server sends an empty page: there the app starts at once.
import "./index.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

function startApp(): void {
  import("./hydrate")
    .then(({ start }) => {
      start(root as HTMLElement);
    })
    .catch((error: unknown) => {
      // The prerendered article stays readable; only the interactive parts are missing.
      console.error("The reader's script could not be loaded; the page stays as prerendered.", error);
    });
}

/** Runs `then` once the browser has painted content: at once if it already has, or never will (a hidden tab). */
function afterFirstPaint(then: () => void): void {
  const painted = () => performance.getEntriesByName("first-contentful-paint").length > 0;
  if (
    painted() ||
    document.visibilityState === "hidden" ||
    !PerformanceObserver.supportedEntryTypes.includes("paint")
  ) {
    then();
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    then();
  });
  observer.observe({ type: "paint" });
}

if (root.hasChildNodes()) afterFirstPaint(startApp);
else startApp();
