import { cleanInputTexts, DomainError } from "@quartet/core";
import { m } from "../../contracts/messages.ts";

/**
 * A form post's body as key → value(s): JSON (an object) or `application/x-www-form-urlencoded`
 * (repeated keys become arrays), its texts under core's input policy (`cleanInputTexts`). BAD_INPUT
 * for anything else, a malformed body or a control character in a value.
 */
export async function readFormBody(request: Request): Promise<Record<string, unknown>> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  const text = await request.text();
  if (type === "application/json") {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new DomainError("BAD_INPUT", m.notJson);
    }
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw new DomainError("BAD_INPUT", m.jsonObject);
    }
    return cleanInputTexts(body) as Record<string, unknown>;
  }
  if (type === "application/x-www-form-urlencoded") {
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(text)) {
      const seen = out[key];
      out[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
    }
    return cleanInputTexts(out) as Record<string, string | string[]>;
  }
  throw new DomainError("BAD_INPUT", m.jsonOrForm);
}
