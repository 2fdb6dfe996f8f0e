import { readFile, stat } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import type { Context } from "hono";
import { getMimeType } from "hono/utils/mime";
import { chooseEncoding, type Encoding } from "./accept-encoding.ts";

/** Hashed file names change with their content, so a browser may keep an asset for a year. */
export const assetCaching = "public, max-age=31536000, immutable";

const suffixes: Record<Encoding, string> = { br: ".br", gzip: ".gz" };

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  );
}

/**
 * Answers `GET /assets/<file>` from the built admin app: the `.br` or `.gz` form the build wrote
 * beside the file (`apps/admin/build/precompress.ts`) when the browser accepts it — brotli first —
 * else the file itself, with the original's `Content-Type`, `Vary: Accept-Encoding` and a year of
 * immutable caching. A file that is not there (or a path leaving the folder) is a 404, never the page.
 */
export async function servePrecompressedAsset(c: Context, adminDir: string): Promise<Response> {
  const assets = join(adminDir, "assets");
  const path = normalize(join(adminDir, decodeURIComponent(c.req.path)));
  if (!path.startsWith(assets + sep) || !(await isFile(path))) return c.notFound();
  const available: Encoding[] = [];
  for (const encoding of ["br", "gzip"] as const)
    if (await isFile(path + suffixes[encoding])) available.push(encoding);
  const encoding = chooseEncoding(c.req.header("Accept-Encoding"), available);
  const body = await readFile(encoding ? path + suffixes[encoding] : path);
  const headers: Record<string, string> = {
    "Content-Type": getMimeType(path) ?? "application/octet-stream",
    "Content-Length": String(body.length),
    "Cache-Control": assetCaching,
    Vary: "Accept-Encoding",
  };
  if (encoding) headers["Content-Encoding"] = encoding;
  return c.body(new Uint8Array(body), 200, headers);
}
