import { createHmac, randomBytes } from "node:crypto";

const secretPrefix = "whsec_";

/** A fresh endpoint secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString("base64")}`;
}

/**
 * One `v1` signature (Standard Webhooks): base64 of HMAC-SHA256 over `<id>.<timestamp>.<body>`,
 * keyed with the secret's bytes (the base64 after `whsec_`); the timestamp is in seconds.
 *
 * @example signWebhook("whsec_MfKQ…", "msg_p5j…", 1614265330, '{"test": 2432232314}') // "v1,g0hM9S…"
 */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const key = Buffer.from(
    secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret,
    "base64",
  );
  const digest = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${digest}`;
}

/**
 * The three headers of one attempt. Every secret in `secrets` signs (the new one first, then the
 * previous one during a rotation window), space-separated as the specification allows.
 */
export function webhookHeaders(
  secrets: readonly string[],
  message: { id: string; timestampSeconds: number; body: string },
): Record<"webhook-id" | "webhook-timestamp" | "webhook-signature", string> {
  return {
    "webhook-id": message.id,
    "webhook-timestamp": String(message.timestampSeconds),
    "webhook-signature": secrets
      .map((secret) => signWebhook(secret, message.id, message.timestampSeconds, message.body))
      .join(" "),
  };
}
