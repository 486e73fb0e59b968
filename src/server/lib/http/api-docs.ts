import { createRequire } from "node:module";
import path from "node:path";
import type { Env, Hono } from "hono";
import { serveFiles } from "./static-files.js";

const swaggerDir = path.dirname(createRequire(import.meta.url).resolve("swagger-ui-dist/package.json"));

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Kontor API</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="docs"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/init.js"></script>
</body>
</html>`;

// Kept out of the page so a strict Content-Security-Policy needs no inline scripts.
const INIT = `window.ui = SwaggerUIBundle({ url: "/api/openapi.json", dom_id: "#docs", deepLinking: true });`;

/** The API reference at /api/docs, served from the installed swagger-ui-dist (works offline). */
export function mountApiDocs<E extends Env>(api: Hono<E>): void {
  api.get("/docs", (c) => c.html(PAGE));
  api.get("/docs/assets/init.js", (c) =>
    c.body(INIT, 200, { "Content-Type": "text/javascript; charset=utf-8" }),
  );
  api.get("/docs/assets/:file", serveFiles(swaggerDir, ["swagger-ui.css", "swagger-ui-bundle.js"]));
}
