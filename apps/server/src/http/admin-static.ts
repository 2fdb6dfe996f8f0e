import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono, MiddlewareHandler } from "hono";
import { servePrecompressedAsset } from "./precompressed-assets.ts";

/** Paths the page never stands in for: the APIs, and assets (a missing hashed file is a 404, not HTML). */
const notPagePrefixes = ["/trpc", "/api", "/hooks", "/healthz", "/assets/"];

/** Browsers ask again before reusing the page (it names the current hashed assets); its ETag makes that a 304. */
const pageCaching = "no-cache";

/**
 * Serves the built admin app at `/`, falling back to `index.html` for client-side routes. The page
 * is read from disk on every request (a few kilobytes), never kept: after `vite build` writes new
 * hashed assets and a new `index.html`, the running server serves the new ones — and a server
 * started before the first build serves the app as soon as it exists.
 */
export function mountAdmin(app: Hono, adminDir: string): void {
  const indexPath = join(adminDir, "index.html");
  app.get("/", (c) => adminPage(c, indexPath));
  app.get("/index.html", (c) => adminPage(c, indexPath));
  app.get("/assets/*", (c) => servePrecompressedAsset(c, adminDir));
  // Made once the folder exists: serveStatic complains about a missing root when it is made.
  let files: MiddlewareHandler | null = null;
  app.use("*", (c, next) => {
    files ??= existsSync(adminDir) ? serveStatic({ root: adminDir }) : null;
    return files ? files(c, next) : next();
  });
  app.get("*", async (c) => {
    if (notPagePrefixes.some((prefix) => c.req.path.startsWith(prefix))) return c.notFound();
    return adminPage(c, indexPath);
  });
}

async function adminPage(c: Context, indexPath: string): Promise<Response> {
  const html = await readFile(indexPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    throw error;
  });
  if (html === null) {
    return c.text("The admin app is not built. Run `pnpm build` (or `pnpm start`, which builds it).", 503);
  }
  // A hash of what is on disk now: a rebuild changes it, so the browser's next revalidation gets the new page.
  const etag = `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"`;
  c.header("Cache-Control", pageCaching);
  c.header("ETag", etag);
  const known = c.req.header("If-None-Match");
  if (known?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag)) return c.body(null, 304);
  return c.html(html);
}
