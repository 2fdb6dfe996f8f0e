import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { MiddlewareHandler } from "hono";
import { chooseEncoding } from "./accept-encoding.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this a JSON answer goes as it is: compressing it would save less than its headers cost. */
export const jsonCompressionThreshold = 1024;

const json = /^application\/json\b/i;

/**
 * Compresses JSON answers of at least `threshold` bytes (tRPC's and the REST API's) with brotli or
 * gzip, whichever the client accepts (brotli first). Only `application/json`: the notification
 * stream (`text/event-stream`), PDFs and CSV exports are streamed or compressed already and pass
 * untouched. A JSON answer is finite, so it is read whole, measured, and compressed in one go
 * (brotli at quality 5, gzip at 6: fast enough per request). Hono's own `compress()` knows neither
 * brotli nor the size of an answer without `Content-Length`, which tRPC's have not.
 */
export function compressJson(threshold = jsonCompressionThreshold): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    if (
      c.req.method === "HEAD" ||
      !res.body ||
      res.headers.has("Content-Encoding") ||
      !json.test(res.headers.get("Content-Type") ?? "")
    )
      return;
    const vary = res.headers.get("Vary");
    res.headers.set("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const encoding = chooseEncoding(c.req.header("Accept-Encoding"), ["br", "gzip"]);
    if (!encoding || Number(res.headers.get("Content-Length") ?? threshold) < threshold) return;
    const body = Buffer.from(await res.arrayBuffer());
    const compressed =
      body.length < threshold
        ? body
        : encoding === "br"
          ? await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : await gzipAsync(body, { level: 6 });
    // Hono copies the old answer's headers onto the new one: those that change are set after.
    c.res = new Response(new Uint8Array(compressed), res);
    c.res.headers.set("Content-Length", String(compressed.length));
    if (compressed !== body) c.res.headers.set("Content-Encoding", encoding);
  };
}
