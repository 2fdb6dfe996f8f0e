import { PbxError } from "@quartet/core";
import type { ZadarmaSettings } from "./settings.ts";
import { authorizationHeader, phpQuery, sortedPairs } from "./signature.ts";

/** Where Zadarma's API lives unless `QUARTET_ZADARMA_API_URL` says otherwise (a local fake in tests). */
export const defaultZadarmaApiUrl = "https://api.zadarma.com";

/** How the adapter reaches the API: a base URL (else the variable, else Zadarma's) and a timeout. */
export type ZadarmaApiOptions = { baseUrl?: string; timeoutMs?: number };

/**
 * A signed GET to one API method (`/v1/request/callback/`) with `format=json` added as Zadarma's
 * client adds it before signing. Answers the JSON body of a `status: success` reply; a 401/403
 * is `PbxError("auth")`, any other error reply `refused` with Zadarma's message, no answer `unreachable`.
 */
export async function zadarmaGet(
  options: ZadarmaApiOptions,
  settings: ZadarmaSettings,
  method: string,
  params: Readonly<Record<string, string>>,
): Promise<Record<string, unknown>> {
  const signed = { ...params, format: "json" };
  const base = (options.baseUrl ?? process.env.QUARTET_ZADARMA_API_URL ?? defaultZadarmaApiUrl).replace(
    /\/+$/,
    "",
  );
  let response: Response;
  try {
    response = await fetch(`${base}${method}?${phpQuery(sortedPairs(signed))}`, {
      headers: { authorization: authorizationHeader(settings.key, settings.secret, method, signed) },
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch (error) {
    throw new PbxError("unreachable", `Zadarma ${method}: ${(error as Error).message}`);
  }
  const reply = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status === 401 || response.status === 403) {
    throw new PbxError("auth", `Zadarma ${method} refused the keys (${response.status})`);
  }
  if (!response.ok || reply?.status !== "success") {
    const message = typeof reply?.message === "string" ? reply.message : `HTTP ${response.status}`;
    throw new PbxError("refused", message);
  }
  return reply;
}
