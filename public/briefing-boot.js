// Why and how: the comment above this script's tag in index.html.
(function () {
  try {
    if (localStorage.getItem("annotated-reader:briefing") === "open") {
      document.documentElement.setAttribute("data-briefing", "open");
    }
    if (localStorage.getItem("annotated-reader:quiet") === "on") {
      document.documentElement.setAttribute("data-quiet", "");
    }
  } catch {
    // Storage blocked: nothing to restore; the page shows as prerendered.
  }
})();
