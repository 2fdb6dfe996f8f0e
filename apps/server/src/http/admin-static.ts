import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import type { Hono } from "hono";

const apiPrefixes = ["/trpc", "/api", "/hooks", "/healthz"];

/** Serves the built admin app at `/`, falling back to `index.html` for client-side routes. */
export function mountAdmin(app: Hono, adminDir: string): void {
  const indexPath = join(adminDir, "index.html");
  if (!existsSync(indexPath)) {
    app.get("/", (c) =>
      c.text("The admin app is not built. Run `pnpm build` (or `pnpm start`, which builds it).", 503),
    );
    return;
  }
  const indexHtml = readFileSync(indexPath, "utf8");
  app.use(
    "/assets/*",
    serveStatic({
      root: adminDir,
      onFound: (_path, c) => c.header("Cache-Control", "public, max-age=31536000, immutable"),
    }),
  );
  app.use("*", serveStatic({ root: adminDir }));
  app.get("*", (c) => {
    if (apiPrefixes.some((prefix) => c.req.path.startsWith(prefix))) return c.notFound();
    return c.html(indexHtml);
  });
}
