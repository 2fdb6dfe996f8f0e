import { httpStatusOf, isDomainError, type Logger } from "@quartet/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";

/**
 * The one error mapping of the HTTP edge: a DomainError keeps its status, code, message and
 * fields; an unknown error is logged and answered with a bare 500.
 */
export function httpErrorHandler(logger: Logger) {
  return (error: Error, c: Context) => {
    if (isDomainError(error) && error.code !== "INTERNAL") {
      const body = {
        error: {
          code: error.code,
          message: error.message,
          fields: error.fields ?? null,
          details: error.details ?? null,
        },
      };
      return c.json(body, httpStatusOf(error.code));
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_INPUT" : "INTERNAL";
      return c.json({ error: { code, message: error.message || "Request refused", fields: null } }, status);
    }
    logger.error({ err: error, path: c.req.path }, "unhandled error");
    return c.json({ error: { code: "INTERNAL", message: "Internal error", fields: null } }, 500);
  };
}
