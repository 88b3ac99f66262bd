import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";
import { inlineBoot } from "./scripts/vite-plugin-boot.ts";
import { readerContent } from "./scripts/vite-plugin-content.ts";
import { csp } from "./scripts/vite-plugin-csp.ts";
import { prerender } from "./scripts/vite-plugin-prerender.ts";
import { sampleFeedCheck } from "./scripts/vite-plugin-sample-feed.ts";
import { staticHost } from "./scripts/vite-plugin-static-host.ts";
import { themeMapStyles } from "./scripts/vite-plugin-theme-map.ts";

// One config for the app build, `vite preview` (what e2e and `npm start` serve) and Vitest.
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    readerContent(),
    themeMapStyles(),
    inlineBoot(),
    csp(),
    prerender(),
    staticHost(),
    sampleFeedCheck(),
  ],
  build: {
    outDir: process.env.DIST_DIR ?? "dist",
    target: "es2022",
    // One stylesheet for first paint: the lazily loaded briefing is prerendered, so its CSS must come up front.
    cssCodeSplit: false,
    // dist/.vite/manifest.json: which chunk imports which, for the bench and e2e/budgets.spec.ts. It names only
    // files the page itself reveals.
    manifest: true,
    // No modulepreload polyfill: 0.2 kB gzip of the entry on every page view, for browsers older than Safari 17 or
    // Firefox 115, which without it only fetch the hydration chunk's imports one after another instead of together.
    modulePreload: { polyfill: false },
  },
  // The live briefing's feed worker (src/features/briefing/api/feed-worker.ts) is a module worker whose XML parser
  // is a chunk of its own, as on the page: ES output lets it split.
  // Its output keeps no annotation comments (/* @__PURE__ */…), as the page's own chunks do not.
  worker: {
    format: "es",
    rolldownOptions: { output: { comments: { legal: true, annotation: false, jsdoc: false } } },
  },
  preview: {
    host: "127.0.0.1",
    port: Number(process.env.PORT ?? 4173),
    strictPort: true,
  },
  test: {
    // e2e/*.spec.ts belong to Playwright, never to Vitest.
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
    // Threads sharing their module cache across test files: the unit tests ran in 68 s with a fresh process and
    // fresh imports per file, most of it importing; 32 s this way. Safe because no test leaves global state behind
    // (each restores its timers, mocks and stubbed globals), so a file passes whichever files ran before it.
    pool: "threads",
    // A timeout is a fail-safe, not a measure: the anchoring benchmarks' pinned counts take 4 s of a quiet core and
    // four times that while the e2e run shares the machine (`npm test` runs both at once).
    testTimeout: 60_000,
    isolate: false,
  },
});
