// Live-briefing panel, before first paint: copy the reader's stored open/closed choice onto <html> so the CSS can
// show the prerendered panel open without a flash. A blocking classic script ahead of the app markup, because the
// CSP (script-src 'self') forbids inline scripts. Key and attribute: src/features/briefing/disclosure-store.ts.
(function () {
  try {
    if (localStorage.getItem("annotated-reader:briefing") === "open") {
      document.documentElement.setAttribute("data-briefing", "open");
    }
  } catch {
    // Storage blocked: the panel starts collapsed, as the prerendered HTML has it.
  }
})();
