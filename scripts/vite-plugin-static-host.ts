import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Makes `vite preview` (what `npm start` and the e2e tests serve) answer as a static host does, instead of sending
 * index.html for every path: `/q/<id>` redirects to `/q/<id>/`, which serves that page's index.html, and a path
 * with no page gets dist/404.html with status 404 (the page that shows the reader and a polite notice).
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
      // Runs after Vite has rewritten known pages to their index.html, before its bare 404.
      return () => {
        server.middlewares.use((req, res, next) => {
          const accept = req.headers.accept ?? "";
          if ((req.method !== "GET" && req.method !== "HEAD") || !/text\/html|\*\/\*/.test(accept)) {
            next();
            return;
          }
          const url = new URL(req.url ?? "/", "http://host");
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
            res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
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
