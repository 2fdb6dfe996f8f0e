import type { Context } from "hono";

type NodeBindings = { incoming?: { socket?: { remoteAddress?: string } } };

/**
 * The address a form post came from, for the rate limit: the socket's peer (the Node server
 * puts the request in `c.env.incoming`), or — only when `trustForwardedFor` is set, behind a
 * proxy you run — the last `X-Forwarded-For` hop, which that proxy appended.
 */
export function clientAddress(c: Context, trustForwardedFor: boolean): string {
  if (trustForwardedFor) {
    const hops = (c.req.header("x-forwarded-for") ?? "")
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    const last = hops.at(-1);
    if (last) return last;
  }
  return (c.env as NodeBindings | undefined)?.incoming?.socket?.remoteAddress ?? "unknown";
}
