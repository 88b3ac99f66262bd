import { existsSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { canonicalPagePath } from "../src/lib/deep-link/page-path.ts";
import { parseRedirectsFile, type Redirect } from "./pages/redirects.ts";

/** A page request: a GET or HEAD that takes HTML (what browsers and link unfurlers send). */
function wantsPage(req: IncomingMessage): boolean {
  const accept = req.headers.accept ?? "";
  return (req.method === "GET" || req.method === "HEAD") && /text\/html|\*\/\*/.test(accept);
}

/** The request's URL; its target is a path, which may start with "//" (never a host name here). */
function requestUrl(req: IncomingMessage): URL {
  return new URL(`http://host${req.url ?? "/"}`);
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { Location: location }).end();
}

/**
 * Makes `vite preview` (what `npm start` and the e2e tests serve) answer as a static host does, instead of sending
 * index.html for every path: the build's `_redirects` apply (`/q/<id>` → `/q/<id>/`, as scripts/pages/redirects.ts
 * writes them), any other spelling of a page's path (`/q/<id>//`, `/Q/<ID>/`, `…/index.html`) redirects to the
 * page with a 301, a page serves its index.html, and a path with no page gets dist/404.html with status 404 (the
 * page that says so). No page is ever served under an address that is not its own (issue 27).
 */
export function staticHost(): Plugin {
  return {
    name: "annotated-reader:static-host",
    config(_config, { isPreview }) {
      // "mpa": no fallback to index.html; the 404 page below takes its place.
      return isPreview ? { appType: "mpa" } : undefined;
    },
    configurePreviewServer(server) {
      const dist = resolve(server.config.root, server.config.build.outDir);
      const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
      const redirectsPath = join(dist, "_redirects");
      const redirects = isFile(redirectsPath)
        ? parseRedirectsFile(readFileSync(redirectsPath, "utf8"))
        : new Map<string, Redirect>();
      // Before Vite's own middlewares, which would serve a page's index.html at `/q/<id>//` too.
      server.middlewares.use((req, res, next) => {
        if (!wantsPage(req)) {
          next();
          return;
        }
        const url = requestUrl(req);
        const rule = redirects.get(url.pathname);
        if (rule) {
          redirect(res, rule.status, `${rule.to}${url.search}`);
          return;
        }
        const canonical = canonicalPagePath(url.pathname);
        if (canonical !== null && canonical !== url.pathname && isFile(join(dist, canonical, "index.html"))) {
          redirect(res, 301, `${canonical}${url.search}`);
          return;
        }
        next();
      });
      // Runs after Vite has rewritten known pages to their index.html, before its bare 404.
      return () => {
        server.middlewares.use((req, res, next) => {
          if (!wantsPage(req)) {
            next();
            return;
          }
          const url = requestUrl(req);
          let path: string;
          try {
            path = decodeURIComponent(url.pathname);
          } catch {
            path = "";
          }
          if (path !== "" && isFile(join(dist, path))) {
            next();
            return;
          }
          if (path !== "" && !path.endsWith("/") && isFile(join(dist, path, "index.html"))) {
            redirect(res, 301, `${url.pathname}/${url.search}`);
            return;
          }
          const notFound = join(dist, "404.html");
          if (!isFile(notFound)) {
            next();
            return;
          }
          for (const [name, value] of Object.entries(server.config.preview.headers)) {
            if (value !== undefined) res.setHeader(name, value);
          }
          res.statusCode = 404;
          res.setHeader("Content-Type", "text/html; charset=utf-8");
          res.end(req.method === "HEAD" ? undefined : readFileSync(notFound));
        });
      };
    },
  };
}
