import {
  domainErrorIn,
  errorMessages,
  httpStatusOf,
  isDomainError,
  type Logger,
  localeOfRequest,
  wordError,
  wordMessage,
} from "@quartet/core";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";

/**
 * The one error mapping of the HTTP edge: a DomainError keeps its status, code, fields and
 * message — worded in the request's language (`localeOfRequest`), with its key and parameters
 * beside — and an unknown error is logged and answered with a bare 500.
 */
export function httpErrorHandler(logger: Logger) {
  return (thrown: Error, c: Context) => {
    const locale = localeOfRequest(c.req.raw.headers);
    // Our error, also when a library wrapped it (drizzle wraps a query's failure as its cause).
    const error = domainErrorIn(thrown) ?? thrown;
    if (isDomainError(error) && error.code !== "INTERNAL") {
      const worded = wordError(error, locale);
      const body = {
        error: {
          code: error.code,
          message: worded.message,
          fields: worded.fields,
          details: error.details ?? null,
          messageKey: error.key ?? null,
          params: error.params ?? null,
          fieldKeys: error.fieldRefs ?? null,
        },
      };
      return c.json(body, httpStatusOf(error.code));
    }
    if (error instanceof HTTPException) {
      const status = error.status;
      const code = status === 413 ? "PAYLOAD_TOO_LARGE" : status < 500 ? "BAD_INPUT" : "INTERNAL";
      const message = error.message || wordMessage(locale, errorMessages.requestRefused);
      return c.json({ error: { code, message, fields: null } }, status);
    }
    logger.error({ err: error, path: c.req.path }, "unhandled error");
    return c.json(
      { error: { code: "INTERNAL", message: wordMessage(locale, errorMessages.internal), fields: null } },
      500,
    );
  };
}
