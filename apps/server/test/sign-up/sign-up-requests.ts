import type { Hono } from "hono";
import { publicOrigin } from "../auth/auth-requests.ts";

let clients = 0;

/**
 * A sign-up as the admin's page sends it, optionally with the invitation it came from and a
 * language; each from its own client address, so better-auth's sign-up rate limit stays out of the way.
 */
export function signUpRequest(
  app: Hono,
  user: { email: string; name?: string },
  options: { invitation?: string; locale?: "ru" | "en" } = {},
): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", origin: publicOrigin };
  if (options.invitation) headers["x-quartet-invitation"] = options.invitation;
  if (options.locale) headers["x-quartet-locale"] = options.locale;
  const body = JSON.stringify({ name: user.name ?? "Ann", password: "long password 1", email: user.email });
  const env = { incoming: { socket: { remoteAddress: `203.0.113.${++clients % 250}` } } };
  return Promise.resolve(app.request("/api/auth/sign-up/email", { method: "POST", headers, body }, env));
}

/** The person a successful sign-up answered with, with the session cookie, as the test helpers take one. */
export async function personOf(response: Response) {
  if (response.status !== 200)
    throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  const { user } = (await response.json()) as { user: { id: string; name: string; email: string } };
  return { id: user.id, name: user.name, email: user.email };
}

/** The token of an invitation link (`…/invite?token=…`). */
export const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
