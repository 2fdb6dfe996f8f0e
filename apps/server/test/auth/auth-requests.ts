import type { Hono } from "hono";

/** The origin of the test host (`loadConfig({})`: `http://localhost:3000`). */
export const publicOrigin = "http://localhost:3000";

/** What a browser would send: JSON, our Origin, the session cookie if any, from one client address. */
export type As = { cookie?: string; origin?: string | null; address?: string };

/** POSTs JSON to the app as a browser on `address` would (the socket address is what node-server reports). */
export function postJson(app: Hono, path: string, body: unknown, as: As = {}): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  const origin = as.origin === undefined ? publicOrigin : as.origin;
  if (origin) headers.origin = origin;
  if (as.cookie) headers.cookie = as.cookie;
  const env = { incoming: { socket: { remoteAddress: as.address ?? "203.0.113.7" } } };
  return Promise.resolve(app.request(path, { method: "POST", headers, body: JSON.stringify(body) }, env));
}

/** `name=value` of the session cookie a response sets. */
export function sessionCookieOf(response: Response): string {
  const line = response.headers.getSetCookie().find((c) => c.startsWith("quartet.session_token="));
  if (!line) throw new Error(`No session cookie in ${response.status} response`);
  return line.split(";")[0] ?? "";
}

/** The raw session token inside a signed cookie (`token.signature`, URL-encoded). */
export function rawTokenOf(cookie: string): string {
  return decodeURIComponent(cookie.slice(cookie.indexOf("=") + 1)).split(".")[0] ?? "";
}

/** A request carrying `cookie`, as the tRPC authenticator would receive it. */
export function requestWith(cookie: string): Request {
  return new Request(`${publicOrigin}/trpc/core.plugins.list`, { headers: { cookie } });
}

/** Signs up a user through the HTTP API and returns the response's session cookie. */
export async function signUp(
  app: Hono,
  user: { email: string; password: string; name?: string },
  as: As = {},
) {
  const response = await postJson(app, "/api/auth/sign-up/email", { name: user.name ?? "Ann", ...user }, as);
  if (response.status !== 200)
    throw new Error(`sign-up answered ${response.status}: ${await response.text()}`);
  return { response, cookie: sessionCookieOf(response) };
}
