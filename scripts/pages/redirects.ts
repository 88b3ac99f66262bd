// The `_redirects` file (Netlify, Cloudflare Pages and compatible hosts) and how `vite preview` reads it back, so
// the e2e tests and `npm start` redirect as the deployed site does. Pure string work, tested in redirects.test.ts.

/** One rule of a `_redirects` file: an exact path, where it moved, and the status to answer with. */
export interface Redirect {
  from: string;
  to: string;
  status: number;
}

/**
 * The site's redirects: each page's folder without its final slash to the page (`/q/<id>` → `/q/<id>/`, 301),
 * which most hosts do by themselves and some only when told. Other spellings (`//`, upper case) cannot be listed:
 * case-sensitive hosts answer them with the 404 page, and where a host serves the page anyway the reader replaces
 * the address with the page's own (src/app/url-state.ts).
 */
export function siteRedirects(pagePaths: readonly string[]): Redirect[] {
  return pagePaths
    .filter((path) => path !== "/" && path.endsWith("/"))
    .map((path) => ({ from: path.slice(0, -1), to: path, status: 301 }));
}

/** The `_redirects` file for `redirects`: one `from to status` line each. */
export function redirectsFile(redirects: readonly Redirect[]): string {
  return [
    "# Written by `npm run build` (scripts/pages/redirects.ts): each page's address without its final slash.",
    ...redirects.map((r) => `${r.from} ${r.to} ${r.status}`),
    "",
  ].join("\n");
}

/**
 * The exact-path rules of a `_redirects` file, as `redirectsFile` writes them; comments, blank lines and rules
 * with placeholders, splats or options (which this site never writes) are left out.
 */
export function parseRedirectsFile(text: string): Map<string, Redirect> {
  const rules = new Map<string, Redirect>();
  for (const line of text.split("\n")) {
    const fields = line.trim().split(/\s+/);
    const [from = "", to = "", status = "301"] = fields;
    if (from.startsWith("#") || fields.length < 2 || fields.length > 3) continue;
    if (!from.startsWith("/") || /[*:]/.test(from) || !/^30[1278]$/.test(status)) continue;
    if (!rules.has(from)) rules.set(from, { from, to, status: Number(status) });
  }
  return rules;
}
