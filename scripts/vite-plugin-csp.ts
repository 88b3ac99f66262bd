import { loadEnv, type Plugin } from "vite";
import { contentSecurityPolicy, headersFile, injectCspMeta, securityHeaders } from "./csp.ts";

/**
 * Delivers the CSP (scripts/csp.ts) three ways from one definition: a `<meta>` in the built index.html (for hosts
 * that cannot set headers), a `_headers` file in the build for hosts that can, and the same headers on
 * `vite preview`, so the e2e tests and `npm start` run under the real policy. The dev server is left without it:
 * its hot reloading needs inline scripts.
 */
export function csp(): Plugin {
  let feedUrl: string | undefined;
  return {
    name: "annotated-reader:csp",
    config(config, { mode }) {
      // `.env` files count as for the app itself (import.meta.env), not only the process environment.
      feedUrl = loadEnv(mode, config.envDir ?? config.root ?? process.cwd(), "VITE_").VITE_BRIEFING_URL;
      return { preview: { headers: securityHeaders(feedUrl) } };
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (context.server) return html;
        return injectCspMeta(html, contentSecurityPolicy({ feedUrl, delivery: "meta" }));
      },
    },
    generateBundle() {
      if (this.environment.name !== "client") return;
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile(securityHeaders(feedUrl)) });
    },
  };
}
