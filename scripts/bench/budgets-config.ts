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
 * plus under 1 kB, so the page cannot grow meanwhile. Measured on main with the notes, the theme map and the calm
 * design merged and TanStack Query back in the live briefing: JS per view 109.5 kB (goal 100 kB MISSED by 9.5 kB),
 * before hydration 90.3 kB (goal 85 kB MISSED by 5.3 kB: React and React DOM are ~68 kB of it). CSS 9.8 kB once
 * the site bar went opaque (its backdrop blur cost 0.2 kB), so its goal is enforced. Tried and not kept: loading
 * the shortcuts dialog on demand (the bundler then moved React's JSX runtime into a shared chunk fetched before
 * hydration: +0.4 kB). Once `npm run bench` reports every goal met, this becomes `= GOALS`.
 */
export const ENFORCED: SizeBudgets = { jsPerView: 110.5, preHydrationJs: 91, css: GOALS.css };
