import { JSON_FEED_VERSIONS } from "./parse-json-feed";
import type { DatePrecision, Feed } from "./types";

/** A date as RFC 3339, or (W3C-DTF) only as much of it as the feed gave: a day is not invented a time. */
function dateText(ms: number, precision: DatePrecision): string {
  const iso = new Date(ms).toISOString();
  return { time: iso, day: iso.slice(0, 10), month: iso.slice(0, 7), year: iso.slice(0, 4) }[precision];
}

/**
 * A parsed feed of any format written back as a JSON Feed 1.1 document (what `npm run feed:pull` mirrors): the
 * fields the panel reads, dates as RFC 3339 (a date the feed gave without a time as just that date), key events as
 * `_briefing.key`, the base of the content's relative links as `_briefing.base`. HTML is kept as it came (the panel sanitises it where it is shown). `parseJsonFeed`, given the
 * source feed's URL, reads it back to the same items.
 */
export function toJsonFeed(feed: Feed): Record<string, unknown> {
  return {
    version: JSON_FEED_VERSIONS[0],
    title: feed.title,
    ...(feed.description === null ? {} : { description: feed.description }),
    items: feed.items.map((item) => ({
      id: item.id,
      ...(item.title === null ? {} : { title: item.title }),
      ...(item.contentHtml === null ? {} : { content_html: item.contentHtml }),
      ...(item.contentText === null ? {} : { content_text: item.contentText }),
      ...(item.url === null ? {} : { url: item.url }),
      ...(item.published === null
        ? {}
        : { date_published: dateText(item.published, item.publishedPrecision) }),
      ...(item.modified === null ? {} : { date_modified: new Date(item.modified).toISOString() }),
      ...(item.key || item.contentBase !== null
        ? {
            _briefing: {
              ...(item.key ? { key: true } : {}),
              // Where the source's relative links point from: the mirror is served from another address.
              ...(item.contentBase === null ? {} : { base: item.contentBase }),
            },
          }
        : {}),
    })),
  };
}
