// The page's Content-Security-Policy and security headers, in one place for index.html, static hosts and preview.

/** Where a policy is delivered: a `<meta>` tag cannot carry `frame-ancestors` (browsers ignore it and warn). */
export type CspDelivery = "meta" | "header";

/** What the policy depends on. */
export interface CspInput {
  /** The live-briefing feed URL set at build time (`VITE_BRIEFING_URL`); `undefined` or relative: same origin. */
  feedUrl: string | undefined;
  /** How the policy is delivered. */
  delivery: CspDelivery;
  /** Inline scripts allowed by hash (`'sha256-…'`, scripts/inline-boot.ts): the page's boot script. */
  scriptHashes?: readonly string[];
}

/**
 * The origin `connect-src` must add for the feed: `null` when the feed is same-origin (unset, empty or relative).
 * Throws on an absolute URL that is not http(s), so a typo fails the build instead of shipping a blocked feed.
 */
export function feedOrigin(feedUrl: string | undefined): string | null {
  const raw = feedUrl?.trim() ?? "";
  if (raw === "" || !/^[a-z][a-z0-9+.-]*:/i.test(raw)) return null;
  const url = new URL(raw);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`VITE_BRIEFING_URL must be an http(s) URL or a path, got "${raw}"`);
  }
  return url.origin;
}

/**
 * The policy: only this origin's scripts, styles, images and fonts, and the inline script and styles the build
 * wrote, each allowed by its hash; no plugins, no `<base>`, no forms; fetches to this origin and the feed's. No
 * `'unsafe-inline'` anywhere: the prerendered HTML has no `style` attributes (React sets styles through the CSSOM,
 * which CSP allows). The inline styles' hashes are added once the pages are rendered (`allowInlineStyles`).
 */
export function contentSecurityPolicy({ feedUrl, delivery, scriptHashes = [] }: CspInput): string {
  const feed = feedOrigin(feedUrl);
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self'${feed === null ? "" : ` ${feed}`}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(delivery === "header" ? ["frame-ancestors 'none'"] : []),
  ];
  return directives.join("; ");
}

/**
 * `text` (a policy, a `<meta>` holding one, or a `_headers` file) with `sources` added to every `<directive>
 * 'self'`. Throws when there is none.
 */
export function allowSources(text: string, directive: string, sources: readonly string[]): string {
  const self = `${directive} 'self'`;
  if (!text.includes(self)) throw new Error(`no ${self} to add ${sources.join(" ")} to`);
  return text.replaceAll(self, [self, ...sources].join(" "));
}

/** `allowSources` for `style-src`: the hashes of the inline critical CSS, known only once the pages are rendered. */
export function allowInlineStyles(text: string, sources: readonly string[]): string {
  return allowSources(text, "style-src", sources);
}

/** Response headers a static host should send with every file of the site. */
export function securityHeaders(
  feedUrl: string | undefined,
  scriptHashes: readonly string[] = [],
): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy({ feedUrl, delivery: "header", scriptHashes }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
  };
}

/** The `_headers` file (Netlify, Cloudflare Pages and compatible hosts): `headers` for every path. */
export function headersFile(headers: Record<string, string>): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    "# Written by `npm run build` (scripts/csp.ts): security headers for every file.",
    "/*",
    ...lines,
    "",
  ].join("\n");
}

/** `html` with the policy as a `<meta http-equiv>` right after `<meta charset>`, before anything it governs. */
export function injectCspMeta(html: string, policy: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i;
  if (!charset.test(html)) throw new Error("index.html has no <meta charset> to put the CSP after");
  const escaped = policy.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return html.replace(
    charset,
    (tag) => `${tag}\n    <meta http-equiv="Content-Security-Policy" content="${escaped}" />`,
  );
}

/**
 * The headers a `_headers` file (as `headersFile` writes it) sets for every path: what the build wrote, read back
 * so that `vite preview` serves the policy of the build it serves, never one recomputed from today's environment.
 */
export function parseHeadersFile(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let everyPath = false;
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      everyPath = line.trim() === "/*";
      continue;
    }
    const colon = line.indexOf(":");
    if (everyPath && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}
