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
 * What `npm test` enforces (e2e/budgets.spec.ts) until the bundle meets the goals: the sizes when each was last set
 * plus under 1 kB, so the page cannot grow meanwhile. Measured on main once the app became one entry chunk loaded
 * by src/boot.ts after first paint (no second round trip for a hydration chunk, briefing-boot.js gone): JS per view
 * 106.2 kB (goal 100 kB MISSED by 6.2 kB: React and React DOM ~68 kB, TanStack Query ~10 kB of the briefing's
 * 15.6 kB), before hydration 87.9 kB (goal 85 kB MISSED by 2.9 kB). CSS and HTML meet their goals and are enforced.
 * Lazy chunks take React from a module of the chunk that loads them, or handed over at run time
 * (src/app/react-bridge.ts says why). Once `npm run bench` reports every goal met, this becomes `= GOALS`.
 */
export const ENFORCED: SizeBudgets = {
  jsPerView: 107,
  preHydrationJs: 88.5,
  css: GOALS.css,
  html: GOALS.html,
};
