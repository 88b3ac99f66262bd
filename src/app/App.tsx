import { content } from "../content";
import { LiveBriefing } from "../features/briefing/LiveBriefing";
import { ContentErrorPage } from "./ContentErrorPage";
import { Reader } from "./Reader";

/**
 * The content gate: invalid content gets a precise error page, never a blank one. `page` is the path the HTML is
 * (pre)rendered for: `/`, a quote or theme page, or the 404 page.
 */
export function App({ page }: { page: string }) {
  if (!content.ok) return <ContentErrorPage errors={content.errors} />;
  const { model } = content;
  return <Reader model={model} page={page} briefing={<LiveBriefing promo={model.article.promo} />} />;
}
