// JS and CSS per page view, measured in Chromium (page-view.ts) at a phone's and a desktop's width, since what loads
// may depend on the layout; the worse of the two is held against the goals and the enforced budgets.
import { ENFORCED, GOALS } from "./budgets-config";
import { withPlaywright } from "./chromium";
import { describePageViews, measurePageView, overBudget, readManifest, type PageView } from "./page-view";
import type { Context, Section } from "./section";
import { withServer } from "./site";

const VIEWPORTS = [
  { label: "412 px", viewport: { width: 412, height: 823 } },
  { label: "1280 px", viewport: { width: 1280, height: 800 } },
];

async function run(context: Context): Promise<void> {
  const dist = await context.dist();
  const manifest = readManifest(dist);
  const views = await withServer(dist, (url) =>
    withPlaywright(async (browser) => {
      context.print(
        `Every JS and CSS file a first visit fetches without interaction, recorded in Chromium ${browser.version()} until the page is hydrated and the network has been quiet for 1 s; sizes are gzip -9 of the bytes received. Roles from dist/.vite/manifest.json. The HTML row is what crossed the network for the page itself, headers and body as vite preview compressed it: it carries the first paint's CSS and must fit a new connection's first round trip (10 TCP segments, 14.6 kB).`,
      );
      const measured: { label: string; view: PageView }[] = [];
      for (const { label, viewport } of VIEWPORTS) {
        // A fresh context: nothing cached, no stored state (the briefing panel starts as a first visit sees it).
        const browserContext = await browser.newContext({ viewport });
        measured.push({ label, view: await measurePageView(await browserContext.newPage(), url, manifest) });
        await browserContext.close();
      }
      return measured;
    }),
  );
  for (const line of describePageViews(views, manifest, GOALS, ENFORCED)) context.print(line);
  const over = [...new Set(views.flatMap(({ view }) => overBudget(view, ENFORCED)))];
  if (over.length > 0) {
    context.fail(`over the enforced budgets (scripts/bench/budgets-config.ts): ${over.join(", ")}`);
  }
}

export const section: Section = {
  title: "Sizes: JS and CSS per page view",
  run,
  hint: "the message names the step that failed; a missing dist/.vite/manifest.json means vite.config.ts lost build.manifest; a timeout means the page never set <html data-hydrated> (src/hydrate.tsx) or never went quiet; `npm run bench -- sizes` runs this section alone",
};
