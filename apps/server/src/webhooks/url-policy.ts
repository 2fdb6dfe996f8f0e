import { isIP } from "node:net";
import { type AddressKind, addressKind } from "./address-kind.ts";
import { webhookMessages as m } from "./messages.ts";

/** Whether deliveries may go to this machine: only a server in test or development mode allows it. */
export type UrlPolicy = { allowLoopback: boolean };

/** A checked address: the URL, and its host as an IP literal's kind or a name still to resolve. */
export type CheckedUrl = { url: URL; host: string; literal: AddressKind | null };

/**
 * Checks an endpoint's address before anything is stored or sent: a full `https://` URL without
 * credentials whose host, if an IP literal, is public. `http://` and loopback hosts
 * (`127.0.0.1`, `::1`, `localhost`) pass only under `allowLoopback`. Returns the refusal's key.
 *
 * @example checkWebhookUrl("https://10.0.0.1/hook", { allowLoopback: false }) // { ok: false, key: "core.webhooks.privateTarget" }
 */
export function checkWebhookUrl(
  raw: string,
  policy: UrlPolicy,
): { ok: true; checked: CheckedUrl } | { ok: false; key: string } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, key: m.badUrl };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, key: m.httpsOnly };
  if (url.username || url.password) return { ok: false, key: m.credentialsInUrl };
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const named = isIP(host) === 0;
  const literal = named ? (isLoopbackName(host) ? "loopback" : null) : addressKind(host);
  if (literal === "private") return { ok: false, key: m.privateTarget };
  if (literal === "loopback" && !policy.allowLoopback) return { ok: false, key: m.privateTarget };
  if (url.protocol === "http:" && literal !== "loopback") return { ok: false, key: m.httpsOnly };
  if (named && !host.includes(".") && literal === null) return { ok: false, key: m.badUrl };
  return { ok: true, checked: { url, host, literal } };
}

/** `localhost` and its subdomains always lead to this machine (RFC 6761). */
const isLoopbackName = (host: string) => host === "localhost" || host.endsWith(".localhost");
