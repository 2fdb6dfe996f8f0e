import { type DomainErrorCode, type FieldErrors, httpStatusOf } from "@quartet/core";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** The error body of every prospecting endpoint, as the host's: `{ error: { code, message, fields } }`. */
export function refuse(
  c: Context,
  code: DomainErrorCode,
  message: string,
  fields: FieldErrors | null = null,
) {
  return c.json({ error: { code, message, fields } }, httpStatusOf(code) as ContentfulStatusCode);
}
