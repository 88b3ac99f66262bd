// Size budgets for one page view, in kB (1,000 bytes) of gzip -9, as scripts/bench/page-view.ts measures them.

/** Limits for one page view without interaction. */
export interface SizeBudgets {
  /** Every JS file fetched: before and after hydration, lazy chunks included. */
  jsPerView: number;
  /** The JS fetched before the page is hydrated (index.html's scripts and the app the entry loads). */
  preHydrationJs: number;
  /** Every stylesheet fetched. */
  css: number;
  /**
   * The page's HTML as it crosses the network: response headers plus the compressed body, as `vite preview`
   * sends them. At most the first round trip of a new connection (10 TCP segments, 14.6 kB), since the HTML now
   * carries the first paint's CSS and nothing else is fetched before first paint (src/boot.ts).
   */
  html: number;
}

/** The goals of issue 13. */
export const GOALS: SizeBudgets = { jsPerView: 100, preHydrationJs: 85, css: 10, html: 14.6 };

/**
 * What `npm test` enforces (e2e/budgets.spec.ts): the goals, met since React and React DOM stay on the 19.2 line.
 * React DOM 19.3's client adds <ViewTransition> and Fragment refs, ~82 kB of source the app never calls and ~8.6 kB
 * gzip it cannot tree-shake (one CommonJS module): with it, JS per view was 104.7 kB and before hydration 87.8 kB.
 * A bump to 19.3 fails here, as it should, until 19.3 stops costing what the app does not use. Lazy chunks import
 * React as any module does: the bundler keeps it in the entry chunk, where hydration needs it anyway.
 */
export const ENFORCED: SizeBudgets = {
  ...GOALS,
  // 101.8 kB since text fragments and who-says-what in the tab title (issue 27: the entry parses and writes
  // `:~:text=` and reads the article's quotation marks, +2.2 kB with the print numbers) and feeds as newsrooms write
  // them (issue 28: the feed worker decodes any encoding, reads real dates and Retry-After, +1.45 kB); the content
  // error page left the entry (-0.35 kB); the theme map as one tab stop with arrow keys inside (issue 27, +0.3 kB:
  // 102.2 kB); claims and theme chips as links that work without scripts, and articles that may lack a caption
  // (issues 27 and 29, +0.05 kB: 102.22). The goal stays 100 kB and the bench prints it MISSED; the ways back: load
  // the text-directive code only for links that carry one (~1 kB), and the link problems' messages only with the
  // notice that shows them (~0.8 kB).
  jsPerView: 102.3,
};
