import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadEnv, type Plugin } from "vite";
import {
  contentSecurityPolicy,
  headersFile,
  injectCspMeta,
  parseHeadersFile,
  securityHeaders,
} from "./csp.ts";
import { bootScript, hashSource } from "./inline-boot.ts";

/** The headers `vite preview` sends: those the build wrote into `<outDir>/_headers`, which must exist. */
function builtHeaders(outDir: string): Record<string, string> {
  const file = resolve(outDir, "_headers");
  if (!existsSync(file)) {
    throw new Error(
      `${file} is missing: run \`npm run build\` before \`vite preview\` (it serves the build's CSP)`,
    );
  }
  const headers = parseHeadersFile(readFileSync(file, "utf8"));
  if (headers["Content-Security-Policy"] === undefined) {
    throw new Error(`${file} sets no Content-Security-Policy for /*: rebuild with \`npm run build\``);
  }
  return headers;
}

/**
 * Delivers the CSP (scripts/csp.ts) three ways from one definition: a `<meta>` in the built index.html (for hosts
 * that cannot set headers), a `_headers` file in the build for hosts that can, and the same headers on
 * `vite preview`, so the e2e tests and `npm start` run under the real policy. Preview reads them back from the
 * build's `_headers`: the feed's origin was fixed at build time (`VITE_BRIEFING_URL`), and a policy recomputed from
 * the environment at preview time would block the feed the build points at. The dev server is left without it:
 * its hot reloading needs inline scripts. The page's inline boot script is allowed by its hash here; the inline
 * critical CSS by hashes the prerender step adds to the meta and `_headers` once it has rendered the pages.
 */
export function csp(): Plugin {
  let feedUrl: string | undefined;
  let scriptHashes: string[] = [];
  return {
    name: "annotated-reader:csp",
    async config(config, { mode, isPreview }) {
      // `.env` files count as for the app itself (import.meta.env), not only the process environment.
      feedUrl = loadEnv(mode, config.envDir ?? config.root ?? process.cwd(), "VITE_").VITE_BRIEFING_URL;
      if (!isPreview) {
        // The one inline script the build writes into every page (vite-plugin-boot.ts).
        scriptHashes = [hashSource(await bootScript(resolve(config.root ?? process.cwd())))];
        return;
      }
      const outDir = resolve(config.root ?? process.cwd(), config.build?.outDir ?? "dist");
      return { preview: { headers: builtHeaders(outDir) } };
    },
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        if (context.server) return html;
        return injectCspMeta(html, contentSecurityPolicy({ feedUrl, delivery: "meta", scriptHashes }));
      },
    },
    generateBundle() {
      if (this.environment.name !== "client") return;
      this.emitFile({
        type: "asset",
        fileName: "_headers",
        source: headersFile(securityHeaders(feedUrl, scriptHashes)),
      });
    },
  };
}
