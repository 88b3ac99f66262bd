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
 * What `npm test` enforces (e2e/budgets.spec.ts) until the bundle meets the goals: the sizes when each was last set
 * plus under 1 kB, so the page cannot grow meanwhile. Measured on main once hydration read the article and the
 * claims from the page (no second copy in the script) and the feed moved into a worker: JS per view 108.9 kB (goal
 * 100 kB MISSED by 8.9 kB: React and React DOM ~68 kB, TanStack Query ~10 kB of the briefing's 16.9 kB), before
 * hydration 89.2 kB (goal 85 kB MISSED by 4.2 kB). CSS 9.9 kB: its goal is enforced. Tried and not kept: loading the
 * shortcuts dialog or the open panel's list on demand (the bundler then split React, or its JSX runtime, into a
 * chunk of its own fetched before hydration: a net gain of 0.3 kB at best, for one more request). Once
 * `npm run bench` reports every goal met, this becomes `= GOALS`.
 */
export const ENFORCED: SizeBudgets = { jsPerView: 109.5, preHydrationJs: 90, css: GOALS.css };
