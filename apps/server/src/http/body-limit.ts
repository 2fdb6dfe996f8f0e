import { DomainError, hostMessages } from "@quartet/core";
import type { Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";

/** The refusal of a body over `maxBytes`: 413, worded with the limit in kilobytes. */
export function bodyOverLimit(maxBytes: number): DomainError {
  return new DomainError("PAYLOAD_TOO_LARGE", hostMessages.requestOverLimit, {
    params: { kilobytes: Math.floor(maxBytes / 1024) },
  });
}

/**
 * Caps request bodies at `maxBytes` without buffering them. A declared `Content-Length` over the
 * cap is refused with 413 before anything is read. A body without one (chunked) is counted while
 * the handler reads it: past the cap the read fails, and the answer is 413 whatever the handler
 * made of the failure — nothing is written, since handlers read the whole body before writing.
 * Reading stays the handler's business, so it may authenticate first. Paths in `except` keep a
 * limit of their own (e.g. a file upload streamed to disk).
 *
 * @example app.use("/trpc/*", limitBodies(1024 * 1024))
 */
export function limitBodies(
  maxBytes: number,
  options: { except?: readonly string[] } = {},
): MiddlewareHandler {
  const except = new Set(options.except ?? []);
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body || except.has(c.req.path)) return next();
    const declared = c.req.raw.headers.get("content-length");
    if (declared !== null && !c.req.raw.headers.has("transfer-encoding")) {
      if (Number(declared) > maxBytes) throw bodyOverLimit(maxBytes);
      return next();
    }
    let bytes = 0;
    let exceeded = false;
    const counted = body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          bytes += chunk.byteLength;
          if (bytes <= maxBytes) return controller.enqueue(chunk);
          exceeded = true;
          controller.error(bodyOverLimit(maxBytes));
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    await next();
    if (exceeded) throw bodyOverLimit(maxBytes);
  };
}

/**
 * Limits the bodies of the JSON APIs (`/trpc`, `/api/v1`, `/api/auth`) to `maxBytes`
 * (`QUARTET_MAX_BODY_KB`); the import upload streams to disk under a limit of its own, and the
 * public hooks keep their stricter one. better-auth reports a failed read as a server error, so
 * its (anonymous) bodies are taken whole, at most `maxBytes`, before it sees them.
 */
export function limitJsonApis(app: Hono, maxBytes: number): void {
  const limit = limitBodies(maxBytes, { except: ["/api/v1/imports/clients"] });
  app.use("/trpc/*", limit);
  app.use("/api/v1/*", limit);
  const refuse = () => {
    throw bodyOverLimit(maxBytes);
  };
  app.use("/api/auth/*", bodyLimit({ maxSize: maxBytes, onError: refuse }));
}
