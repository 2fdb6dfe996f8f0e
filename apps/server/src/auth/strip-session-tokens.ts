/**
 * better-auth puts the session token in the JSON of sign-in, sign-up and get-session answers.
 * The cookie that carries it is HttpOnly so that page scripts cannot read it; a copy in a JSON
 * body would undo that. These helpers drop every `token` of a session from such bodies.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The body without its top-level `token` and without `session.token`; other values unchanged. */
export function withoutSessionTokens(body: Json): Json {
  if (body === null || typeof body !== "object" || Array.isArray(body)) return body;
  const { token: _token, ...rest } = body;
  const session = rest.session;
  if (session !== null && typeof session === "object" && !Array.isArray(session)) {
    const { token: _sessionToken, ...kept } = session;
    rest.session = kept;
  }
  return rest;
}

/** The response with its JSON body passed through `withoutSessionTokens`; other responses as they are. */
export async function stripSessionTokens(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.text();
  let body: Json;
  try {
    body = JSON.parse(text) as Json;
  } catch {
    return new Response(text, response);
  }
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(withoutSessionTokens(body)), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
}
