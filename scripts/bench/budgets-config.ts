// Size budgets for one page view, in kB (1,000 bytes) of gzip -9, as scripts/bench/page-view.ts measures them.

/** Limits for one page view without interaction. */
export interface SizeBudgets {
  /** Every JS file fetched: before and after hydration, lazy chunks included. */
  jsPerView: number;
  /** The JS fetched before the page is hydrated (index.html's scripts and the app the entry loads). */
  preHydrationJs: number;
  /** Every stylesheet fetched. */
  css: number;
}

/** The goals of issue 13. */
export const GOALS: SizeBudgets = { jsPerView: 100, preHydrationJs: 85, css: 10 };

/**
 * What `npm test` enforces (e2e/budgets.spec.ts) until the bundle meets the goals: the sizes when each was set plus
 * ~1–2 kB, so the page cannot grow meanwhile. JS per view: 108.5 kB with TanStack Query back in the live briefing's
 * chunk (+9.3 kB gzip over the hand-made poller's 98.9 kB; it was 137.8 kB before the briefing's split): the goal of
 * 100 kB is MISSED by 8.5 kB, to be won back from the JS loaded before hydration. Before hydration 89.3 kB; CSS
 * 7.9 kB. Once `npm run bench` reports every goal met, this becomes `= GOALS`.
 */
export const ENFORCED: SizeBudgets = { jsPerView: 109.5, preHydrationJs: 90, css: 10 };
