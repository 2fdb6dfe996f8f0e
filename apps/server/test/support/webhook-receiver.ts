import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the receiver got, with whether its signature verified against the secret(s) given. */
export type ReceivedWebhook = {
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  json: { type: string; timestamp: string; data: Record<string, unknown> };
  headers: IncomingHttpHeaders;
};

/**
 * Verifies a delivery as a receiver would, written from the Standard Webhooks specification and
 * independent of the server's signer: the key is the base64 after `whsec_`, the signed content
 * `<webhook-id>.<webhook-timestamp>.<body>`, HMAC-SHA256 in base64, compared in constant time with
 * each space-separated `v1,` signature. True when one of them matches.
 */
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string): boolean {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signature = headers["webhook-signature"];
  if (typeof id !== "string" || typeof timestamp !== "string" || typeof signature !== "string") return false;
  if (!/^\d+$/.test(timestamp)) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64");
  const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
  return signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",");
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** Whether a received delivery verifies against `secret` (`verifyStandardWebhook` on its headers and raw body). */
export const signedBy = (secret: string, got: ReceivedWebhook): boolean =>
  verifyStandardWebhook(secret, got.headers, got.body);

/**
 * A webhook receiver on a loopback port: records every POST and answers `status` (200 unless
 * changed). `start(port)` can bring it up on a port it was down on, as a receiver back from an outage.
 */
export function webhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let server: Server | null = null;
  const state = { status: 200 };
  return {
    received,
    state,
    /** The `index`-th request received (negative from the end); fails the test when there is none. */
    at(index: number): ReceivedWebhook {
      const got = received.at(index);
      if (!got) throw new Error(`The receiver has ${received.length} requests, none at ${index}`);
      return got;
    },
    /** Starts listening on 127.0.0.1 (a free port unless given); resolves to the URL to subscribe. */
    start(port = 0, path = "/hooks/quartet"): Promise<string> {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (chunk: Buffer) => chunks.push(chunk));
        req.on("end", () => {
          const body = Buffer.concat(chunks).toString("utf8");
          received.push({
            id: String(req.headers["webhook-id"]),
            timestamp: Number(req.headers["webhook-timestamp"]),
            signatures: String(req.headers["webhook-signature"] ?? "").split(" "),
            body,
            json: JSON.parse(body),
            headers: req.headers,
          });
          res.writeHead(state.status).end();
        });
      });
      const listening = server;
      return new Promise((resolve) =>
        listening.listen(port, "127.0.0.1", () =>
          resolve(`http://127.0.0.1:${(listening.address() as AddressInfo).port}${path}`),
        ),
      );
    },
    /** Stops listening: the next deliveries find nobody. */
    stop(): Promise<void> {
      const current = server;
      server = null;
      return new Promise((resolve) => (current ? current.close(() => resolve()) : resolve()));
    },
  };
}

/** The receiver's type. */
export type WebhookReceiver = ReturnType<typeof webhookReceiver>;
