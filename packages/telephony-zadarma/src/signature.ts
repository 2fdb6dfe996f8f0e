import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/**
 * PHP's `http_build_query` with `PHP_QUERY_RFC1738` (what Zadarma's client signs): every byte but
 * letters, digits and `-_.` percent-encoded in upper-case hex, spaces as `+`.
 *
 * @example phpQuery([["to", "+7 495"]]) // "to=%2B7+495"
 */
export function phpQuery(pairs: readonly (readonly [string, string])[]): string {
  const encode = (text: string) =>
    encodeURIComponent(text)
      .replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
      .replace(/%20/g, "+");
  return pairs.map(([key, value]) => `${encode(key)}=${encode(value)}`).join("&");
}

/** Parameters sorted by name, as Zadarma sorts them before signing (PHP `ksort`). */
export const sortedPairs = (params: Readonly<Record<string, string>>): [string, string][] =>
  Object.entries(params).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The signature of an API request, from Zadarma's published client
 * (github.com/zadarma/user-api-v1, lib/Client.php `_getAuthHeader`; the same in
 * zadarma/user-api-py-v1, zadarma/api.py `__get_auth_string_for_header`, and
 * zadarma.com/en/support/api/ «Authorization»):
 * `base64(hex(hmac_sha1(secret, method + query + md5hex(query))))` where `method` is the path with
 * the version (`/v1/request/callback/`) and `query` the sorted parameters — base64 of the HEX
 * digest, not of the raw bytes.
 */
export function apiSignature(
  secret: string,
  method: string,
  params: Readonly<Record<string, string>>,
): string {
  const query = phpQuery(sortedPairs(params));
  const md5 = createHash("md5").update(query, "utf8").digest("hex");
  return hexHmacBase64(secret, `${method}${query}${md5}`);
}

/** The `Authorization` header of an API request: `<key>:<signature>`. */
export const authorizationHeader = (
  key: string,
  secret: string,
  method: string,
  params: Readonly<Record<string, string>>,
): string => `${key}:${apiSignature(secret, method, params)}`;

/**
 * The `Signature` header of a PBX notification: `base64(hex(hmac_sha1(secret, fields)))` over the
 * event's fields joined without a separator (which fields: `notificationSignatureText`). Source:
 * Zadarma's PHP client, lib/Api.php `getWebhookEvent` comparing the header with
 * `encodeSignature($notify->getSignatureString())` (github.com/zadarma/user-api-v1), and the PHP
 * example of Zadarma's notification docs (as republished for its Megacall brand):
 * `base64_encode(hash_hmac('sha1', $_POST['caller_id'] . $_POST['called_did'] . $_POST['call_start'], API_SECRET))`
 * — `hash_hmac` returns hex, so again base64 of the hex digest.
 */
export const notificationSignature = (secret: string, text: string): string => hexHmacBase64(secret, text);

/** True when `given` is the expected signature, compared in constant time. */
export function sameSignature(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given.trim());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

const hexHmacBase64 = (secret: string, text: string): string =>
  Buffer.from(createHmac("sha1", secret).update(text, "utf8").digest("hex"), "utf8").toString("base64");
