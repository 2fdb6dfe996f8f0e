import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { type MessageRef, msg } from "@quartet/core";
import { guardedLookup, PrivateTarget } from "./guarded-lookup.ts";
import { webhookMessages as m } from "./messages.ts";
import type { UrlPolicy } from "./url-policy.ts";

/** What one POST came to: a 2xx, or the status (if any) and the reason as a message reference. */
export type PostResult =
  | { ok: true; status: number }
  | { ok: false; status: number | null; error: MessageRef };

/** How long a receiver has to answer, and the most of its answer that is read. */
export const postLimits = { timeoutMs: 10_000, maxResponseBytes: 64 * 1024 };

/**
 * POSTs one signed delivery: JSON body, the Standard Webhooks headers, no redirects followed (a
 * 3xx is a failure: following it could lead inside the network), connections only to addresses
 * the SSRF guard allows, and an answer within `timeoutMs` or the attempt fails.
 */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { policy: UrlPolicy; timeoutMs?: number },
): Promise<PostResult> {
  const timeoutMs = options.timeoutMs ?? postLimits.timeoutMs;
  const target = new URL(url);
  const request = target.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: "POST",
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "user-agent": "Quartet-Webhooks/1",
        },
        lookup: guardedLookup(options.policy),
        timeout: timeoutMs,
      },
      (res) => {
        let read = 0;
        res.on("data", (chunk: Buffer) => {
          read += chunk.length;
          if (read > postLimits.maxResponseBytes) res.destroy();
        });
        res.on("close", () => resolve(resultOf(res.statusCode ?? 0)));
        res.on("error", () => undefined);
      },
    );
    req.on("timeout", () => {
      req.destroy();
      resolve({ ok: false, status: null, error: msg(m.timeout, { seconds: Math.ceil(timeoutMs / 1000) }) });
    });
    req.on("error", (error) =>
      resolve({
        ok: false,
        status: null,
        error: msg(error instanceof PrivateTarget ? m.privateTarget : m.unreachable),
      }),
    );
    req.end(body);
  });
}

function resultOf(status: number): PostResult {
  if (status >= 200 && status < 300) return { ok: true, status };
  if (status >= 300 && status < 400) return { ok: false, status, error: msg(m.redirected, { status }) };
  return { ok: false, status, error: msg(m.refusedStatus, { status }) };
}
