import type { RecordsPort } from "@quartet/core";
import { liveClientId } from "../live-client-id.ts";
import type { RequestRow } from "./load-request.ts";

/** The name a new client gets from a request: the company, the person, the Telegram handle, the phone. */
export function clientNameOf(request: RequestRow): string {
  return (
    request.contactCompany ??
    request.contactName ??
    (request.telegramUsername ? `@${request.telegramUsername}` : null) ??
    request.contactPhone ??
    request.contactEmail ??
    "Без имени"
  );
}

/**
 * An existing client the request belongs to: one given explicitly (followed through a merge),
 * else the strongest duplicate sharing an INN, phone or email. Null means "create a new one".
 */
export async function matchClient(
  records: RecordsPort,
  request: RequestRow,
  explicitId: string | null,
): Promise<string | null> {
  const wanted = explicitId ?? request.clientId;
  if (wanted) return liveClientId(records, wanted);
  const candidates = await records.clients.findDuplicates({
    name: clientNameOf(request),
    phones: request.contactPhone ? [request.contactPhone] : [],
    emails: request.contactEmail ? [request.contactEmail] : [],
  });
  const strong = candidates.find((c) => c.reasons.some((r) => r === "inn" || r === "phone" || r === "email"));
  return strong?.id ?? null;
}
