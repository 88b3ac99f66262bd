import { describe, expect, it } from "vitest";
import sample from "../public/briefing.json";
import { sampleFeedWarning } from "./vite-plugin-sample-feed";

describe("sampleFeedWarning", () => {
  it("warns when a build for a public address would ship the sample feed", () => {
    expect(
      sampleFeedWarning({ siteUrl: "https://reader.example.org/", feedUrl: undefined, feed: sample }),
    ).toMatch(
      /SAMPLE feed .* at https:\/\/reader\.example\.org\/\. Set VITE_BRIEFING_URL .*npm run feed:pull/,
    );
  });

  it.each([
    ["no SITE_URL (a local build)", { siteUrl: undefined, feedUrl: undefined, feed: sample }],
    [
      "a feed URL of its own",
      { siteUrl: "https://r.example.org/", feedUrl: "https://f.example.org/f.xml", feed: sample },
    ],
    [
      "a replaced public/briefing.json",
      { siteUrl: "https://r.example.org/", feedUrl: "", feed: { title: "Real" } },
    ],
  ])("stays silent with %s", (_, input) => {
    expect(sampleFeedWarning(input)).toBeNull();
  });
});
