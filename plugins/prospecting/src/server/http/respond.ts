import {
  DomainError,
  type DomainErrorCode,
  type DomainErrorOptions,
  httpStatusOf,
  localeOfRequest,
  wordError,
} from "@quartet/core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The error body of every prospecting endpoint, as the host's: `{ error: { code, message, fields } }`,
 * worded in the caller's language (`x-quartet-locale`, else `Accept-Language`: a visitor's browser).
 *
 * @example return refuse(c, "BAD_INPUT", m.checkFields, { fields: { email: m.notEmail } })
 */
export function refuse(
  c: Context,
  code: DomainErrorCode,
  key: string,
  options: Pick<DomainErrorOptions, "params" | "fields"> = {},
) {
  const { message, fields } = wordError(
    new DomainError(code, key, options),
    localeOfRequest(c.req.raw.headers),
  );
  return c.json({ error: { code, message, fields } }, httpStatusOf(code) as ContentfulStatusCode);
}
