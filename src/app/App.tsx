import type { BuildResult } from "../lib/content-model/types";
import { LiveBriefing } from "../features/briefing";
import { ContentErrorPage } from "./ContentErrorPage";
import { Reader } from "./Reader";

/**
 * The content gate: invalid content gets a precise error page, never a blank one. `page` is the path the HTML is
 * (pre)rendered for: `/`, a quote or theme page, or the 404 page. `content` comes whole to the prerender and, in the
 * browser, partly from the prerendered page (src/content/page.ts).
 */
export function App({ page, content }: { page: string; content: BuildResult }) {
  if (!content.ok) return <ContentErrorPage errors={content.errors} />;
  const { model } = content;
  return <Reader model={model} page={page} briefing={<LiveBriefing promo={model.article.promo} />} />;
}
