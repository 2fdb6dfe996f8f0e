import { DomainError, telephonyMessages as m, PbxError } from "@quartet/core";
import { providerFailure } from "./start-call.ts";

const passedHeaders = ["content-type", "content-length", "content-range", "accept-ranges"];

/**
 * The provider's recording at `url` as this server's answer: its bytes streamed as they come,
 * with its type, length and range headers, never cached. A link that is not http(s) or that the
 * provider no longer serves is 404; a provider that does not answer is 503 in words.
 */
export async function streamRecording(url: string, range: string | undefined): Promise<Response> {
  if (!/^https?:\/\//i.test(url)) throw new DomainError("NOT_FOUND", m.noRecording);
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      headers: range ? { range } : {},
      redirect: "follow",
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw providerFailure(new PbxError("unreachable", (error as Error).message));
  }
  if (upstream.status !== 200 && upstream.status !== 206) {
    await upstream.body?.cancel();
    throw new DomainError("NOT_FOUND", m.noRecording);
  }
  const headers = new Headers({ "cache-control": "private, no-store", "x-content-type-options": "nosniff" });
  for (const name of passedHeaders) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
