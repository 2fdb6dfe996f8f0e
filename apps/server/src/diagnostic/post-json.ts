import { DomainError, hostMessages } from "@quartet/core";

/** How long the consultant's URL may take to answer. */
export const consultantTimeoutMs = 10_000;

/**
 * POSTs `body` as JSON to `url` and expects a 2xx answer within the timeout; anything else is a
 * PRECONDITION_FAILED naming what went wrong (`details.reason`: `consultant-unreachable`), so the
 * report is not marked sent.
 */
export async function postJson(url: string, body: unknown, timeoutMs = consultantTimeoutMs): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const timedOut = err instanceof Error && err.name === "TimeoutError";
    throw new DomainError(
      "PRECONDITION_FAILED",
      timedOut ? hostMessages.consultantTimeout : hostMessages.consultantUnreachable,
      { details: { reason: "consultant-unreachable", timedOut }, cause: err },
    );
  }
  await response.body?.cancel();
  if (!response.ok)
    throw new DomainError("PRECONDITION_FAILED", hostMessages.consultantAnswered, {
      params: { status: response.status },
      details: { reason: "consultant-unreachable", status: response.status },
    });
}
