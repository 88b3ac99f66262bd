import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadEnv, type Plugin } from "vite";

/**
 * The warning for a production build that would publish the bundled sample feed: the default feed URL (unset
 * `VITE_BRIEFING_URL`), a public/briefing.json still marked `_briefing.sample`, and a `SITE_URL` (the sign of a
 * build for the public). `null` when there is nothing to warn about. Readers never see this: it is for whoever
 * deploys.
 */
export function sampleFeedWarning(input: {
  siteUrl: string | undefined;
  feedUrl: string | undefined;
  feed: unknown;
}): string | null {
  const { siteUrl, feedUrl, feed } = input;
  if ((siteUrl ?? "").trim() === "" || (feedUrl ?? "").trim() !== "") return null;
  const marker = (feed as { _briefing?: { sample?: unknown } } | null)?._briefing?.sample;
  if (marker !== true) return null;
  return (
    `The live briefing will publish the SAMPLE feed (public/briefing.json) at ${siteUrl ?? ""}. ` +
    "Set VITE_BRIEFING_URL to a real JSON Feed, RSS or Atom feed, replace public/briefing.json, or mirror a feed " +
    "into dist/ after the build with `npm run feed:pull -- <url>`."
  );
}

/** Warns during `vite build` when the sample feed is about to be published (see `sampleFeedWarning`). */
export function sampleFeedCheck(siteUrl = process.env.SITE_URL): Plugin {
  let message: string | null = null;
  return {
    name: "annotated-reader:sample-feed",
    apply: "build",
    configResolved(config) {
      const feedUrl = loadEnv(config.mode, config.envDir || config.root, "VITE_").VITE_BRIEFING_URL;
      let feed: unknown = null;
      try {
        feed = JSON.parse(readFileSync(resolve(config.publicDir, "briefing.json"), "utf8"));
      } catch {
        // No sample file to publish.
      }
      message = sampleFeedWarning({ siteUrl, feedUrl, feed });
    },
    buildStart() {
      if (message !== null && this.environment.name === "client") this.warn(message);
    },
  };
}
