import { newId, type WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { type RequestChannel, requestReceived } from "../../../contracts/events.ts";
import { doNotCall } from "../../../db/channels.ts";
import { requests } from "../../../db/requests.ts";

/** A request as an entry point hands it over. */
export type NewRequest = {
  source: string;
  channel: RequestChannel;
  utm: Record<string, string>;
  consent: boolean;
  rawPayload: unknown;
  contact: { name: string | null; company: string | null; phone: string | null; email: string | null };
  message: string | null;
  clientId?: string | null;
  formId?: string | null;
  telegramChatId?: string | null;
  telegramUsername?: string | null;
  callId?: string | null;
  /** `<adapter>:<provider call id>` of the PBX call that opened it. */
  pbxCallKey?: string | null;
};

/**
 * Records an inbound request in the caller's transaction and emits `prospecting.request.received`.
 * A phone on the do-not-call list is still accepted, marked `doNotCall`.
 */
export async function receiveRequest(scope: WriteScope, input: NewRequest, now: number) {
  const id = newId("req", now);
  const dnc = input.contact.phone ? await isDoNotCall(scope, input.contact.phone) : false;
  await scope.tx.insert(requests).values({
    id,
    source: input.source,
    channel: input.channel,
    utm: input.utm,
    consent: input.consent,
    rawPayload: input.rawPayload ?? null,
    contactName: input.contact.name,
    contactCompany: input.contact.company,
    contactPhone: input.contact.phone,
    contactEmail: input.contact.email,
    message: input.message,
    formId: input.formId ?? null,
    telegramChatId: input.telegramChatId ?? null,
    telegramUsername: input.telegramUsername ?? null,
    callId: input.callId ?? null,
    pbxCallKey: input.pbxCallKey ?? null,
    clientId: input.clientId ?? null,
    doNotCall: dnc,
    status: "new",
    receivedAt: now,
  });
  await scope.emit(requestReceived, {
    requestId: id,
    clientId: input.clientId ?? null,
    source: input.source,
    channel: input.channel,
    utm: input.utm,
    doNotCall: dnc,
    receivedAt: now,
  });
  return { id, doNotCall: dnc };
}

/** True when the phone (E.164) is on the do-not-call list, read inside the transaction. */
export async function isDoNotCall(scope: WriteScope, phone: string): Promise<boolean> {
  const [row] = await scope.tx
    .select({ phone: doNotCall.phone })
    .from(doNotCall)
    .where(eq(doNotCall.phone, phone));
  return row !== undefined;
}
