/**
 * Which fields each Zadarma notification signs, in order (concatenated without a separator).
 * From Zadarma's PHP client, lib/Webhook/*.php `getSignatureString()` (github.com/zadarma/user-api-v1):
 * NotifyStart, NotifyInternal, NotifyEnd: caller_id . called_did . call_start; NotifyAnswer:
 * caller_id . destination . call_start; NotifyOutStart, NotifyOutEnd: internal . destination .
 * call_start; NotifyRecord: pbx_call_id . call_id_with_rec.
 */
export const signedFields = {
  NOTIFY_START: ["caller_id", "called_did", "call_start"],
  NOTIFY_INTERNAL: ["caller_id", "called_did", "call_start"],
  NOTIFY_ANSWER: ["caller_id", "destination", "call_start"],
  NOTIFY_END: ["caller_id", "called_did", "call_start"],
  NOTIFY_OUT_START: ["internal", "destination", "call_start"],
  NOTIFY_OUT_END: ["internal", "destination", "call_start"],
  NOTIFY_RECORD: ["pbx_call_id", "call_id_with_rec"],
} as const satisfies Record<string, readonly string[]>;

/** A notification the adapter understands. */
export type ZadarmaEvent = keyof typeof signedFields;

/** True for an event name in `signedFields`. */
export const isZadarmaEvent = (event: string | undefined): event is ZadarmaEvent =>
  event !== undefined && Object.hasOwn(signedFields, event);

/** The text a notification's `Signature` covers. */
export const notificationSignatureText = (
  event: ZadarmaEvent,
  body: Readonly<Record<string, string>>,
): string => signedFields[event].map((field) => body[field] ?? "").join("");
