import fs from "node:fs/promises";
import path from "node:path";
import type { MiddlewareHandler } from "hono";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

async function readFileIn(root: string, relative: string): Promise<Buffer | null> {
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (!file.startsWith(root + path.sep)) return null;
  try {
    return await fs.readFile(file);
  } catch {
    return null;
  }
}

/**
 * Serves the built web app: hashed files under /assets are cached for good; any other GET that is
 * not a file gets index.html, so the app's own routes work on reload.
 */
export function serveWebApp(root: string): MiddlewareHandler {
  const dir = path.resolve(root);
  // Re-read when the file changes: a rebuild while the server runs must not leave an old page.
  let indexHtml: { body: Buffer; mtimeMs: number } | null = null;
  const readIndex = async () => {
    const mtimeMs = await fs.stat(path.join(dir, "index.html")).then(
      (s) => s.mtimeMs,
      () => 0,
    );
    if (!mtimeMs) return null;
    if (indexHtml?.mtimeMs !== mtimeMs) {
      const body = await readFileIn(dir, "index.html");
      indexHtml = body ? { body, mtimeMs } : null;
    }
    return indexHtml?.body ?? null;
  };
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    const reqPath = c.req.path;
    const body = reqPath === "/" ? null : await readFileIn(dir, reqPath);
    if (body) {
      const type = TYPES[path.extname(reqPath)] ?? "application/octet-stream";
      const cache = reqPath.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache";
      return c.body(new Uint8Array(body), 200, { "Content-Type": type, "Cache-Control": cache });
    }
    if (path.extname(reqPath) && reqPath !== "/") return next();
    const page = await readIndex();
    if (!page)
      return c.text("The web app is not built. Run `npm run build` (npm start does this for you).", 503);
    return c.body(new Uint8Array(page), 200, {
      "Content-Type": TYPES[".html"]!,
      "Cache-Control": "no-cache",
    });
  };
}

/** Serves named files from a folder (the API docs' assets). */
export function serveFiles(root: string, files: readonly string[]): MiddlewareHandler {
  const allowed = new Set(files);
  return async (c, next) => {
    const name = c.req.param("file");
    if (!name || !allowed.has(name)) return next();
    const body = await readFileIn(path.resolve(root), name);
    if (!body) return next();
    return c.body(new Uint8Array(body), 200, {
      "Content-Type": TYPES[path.extname(name)] ?? "application/octet-stream",
      "Cache-Control": "public, max-age=86400",
    });
  };
}
