import { JSON_FEED_VERSIONS } from "./parse-json-feed";
import type { Feed } from "./types";

/**
 * A parsed feed of any format written back as a JSON Feed 1.1 document (what `npm run feed:pull` mirrors): the
 * fields the panel reads, dates as RFC 3339, key events as `_briefing.key`. HTML is kept as it came (the panel
 * sanitises it where it is shown). `parseJsonFeed` reads it back to the same items.
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
      ...(item.published === null ? {} : { date_published: new Date(item.published).toISOString() }),
      ...(item.modified === null ? {} : { date_modified: new Date(item.modified).toISOString() }),
      ...(item.key ? { _briefing: { key: true } } : {}),
    })),
  };
}
