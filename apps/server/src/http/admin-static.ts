import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Context, Hono, MiddlewareHandler } from "hono";

/** Paths the page never stands in for: the APIs, and assets (a missing hashed file is a 404, not HTML). */
const notPagePrefixes = ["/trpc", "/api", "/hooks", "/healthz", "/assets/"];

/** Browsers ask again before reusing the page (it names the current hashed assets); assets never change. */
const pageCaching = "no-cache";
const assetCaching = "public, max-age=31536000, immutable";

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
  app.use("/assets/*", async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set("Cache-Control", assetCaching);
  });
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
  c.header("Cache-Control", pageCaching);
  return c.html(html);
}
