/**
 * What the panel's content says before the first poll has ended: the prerendered page's text, and so also what
 * the panel renders while its body's chunk (BriefingBody) has not arrived, which hydration requires to match.
 */
export function BriefingLoading() {
  return <p className="py-2 text-sm">Loading the live briefing…</p>;
}
