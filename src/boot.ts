// The page's one inline script, first in <body>: the build minifies it into every page (scripts/inline-boot.ts)
// and allows it by its hash in the CSP (script-src 'self' 'sha256-…'), which needs no 'unsafe-inline'.
//
// 1. Before first paint, it restores the reader's stored choices onto <html>, so the inline CSS shows them without
//    a flash: the live-briefing panel open (data-briefing; key in src/features/briefing/disclosure-store.ts) and
//    quiet reading, "Hide highlights" (data-quiet; src/app/preferences.ts).
// 2. After first paint, it fetches what the page left for later: the full stylesheet and the app's entry, listed
//    as data in <script type="application/json" id="deferred"> by the build (scripts/prerender.ts). Nothing but
//    the HTML is fetched before the article is on screen, so no request of ours stands between a reader and the
//    text (issue 13: the first paint of the plain article). The entry waits for the document too: a module
//    inserted by script runs as soon as it arrives, and hydrating a half-parsed page would fail.
// Inline, so no bytes of comments: they live here. The dev server serves it as a file (no CSP there).
type Deferred = [tag: string, attributes: Record<string, string>][];

(() => {
  const doc = document;
  const html = doc.documentElement;
  try {
    if (localStorage.getItem("annotated-reader:briefing") === "open")
      html.setAttribute("data-briefing", "open");
    if (localStorage.getItem("annotated-reader:quiet") === "on") html.setAttribute("data-quiet", "");
  } catch {
    // Storage blocked: nothing to restore; the page shows as prerendered.
  }

  const fetchDeferred = () => {
    const data = doc.getElementById("deferred");
    const inline = doc.head.querySelector("style");
    // The tags as data (scripts/prerender.ts, DeferredElement); a script created here runs once it is in the page.
    for (const [tag, attributes] of data ? (JSON.parse(data.textContent) as Deferred) : []) {
      const element = doc.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      // Handler properties, not listeners: the element is new and has no others, and the script stays shorter.
      // The app's entry (or a module it imports) failed to load: <html data-app="failed"> shows the page's notice
      // and takes the controls only the app can work away (index.html, src/index.css).
      if (tag === "script")
        element.onerror = () => {
          html.setAttribute("data-app", "failed");
        };
      // Once the whole stylesheet applies, the inline copy of its first rules goes: every rule matched twice
      // slowed each restyle (drawing 1,000 notes: ~9 ms). Loaded or failed, it is marked settled: the app
      // hydrates only then (src/main.tsx), so nothing it shows on a click can lack its styles.
      if (attributes.rel === "stylesheet") {
        const settle = (loaded: boolean) => {
          if (loaded) inline?.remove();
          element.setAttribute("data-settled", "");
        };
        element.onload = () => {
          settle(true);
        };
        element.onerror = () => {
          settle(false);
        };
      }
      doc.head.append(element);
    }
  };
  const whenParsed = () => {
    if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", fetchDeferred);
    else fetchDeferred();
  };
  // A hidden tab paints nothing until shown; without Paint Timing (Safari before 14.1) there is nothing to wait for.
  const paintObservable =
    typeof PerformanceObserver === "function" &&
    (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined)?.includes("paint") === true;
  if (doc.visibilityState === "hidden" || !paintObservable) {
    whenParsed();
    return;
  }
  // `buffered`: a paint before this observer counts too.
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    whenParsed();
  }).observe({ type: "paint", buffered: true });
})();
