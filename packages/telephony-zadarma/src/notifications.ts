import {
  type CallEvent,
  callNumber,
  dispositionOf,
  type PbxNotification,
  type PbxRequest,
  secondsOf,
} from "@quartet/core";
import { callStartInstant } from "./call-start.ts";
import { isZadarmaEvent, notificationSignatureText, type ZadarmaEvent } from "./notification-fields.ts";
import type { ZadarmaSettings } from "./settings.ts";
import { notificationSignature, sameSignature } from "./signature.ts";

/** Zadarma's `disposition` words (lib/Webhook/NotifyEnd.php) in the port's terms; the rest are `failed`. */
const dispositions = {
  answered: "answered",
  busy: "busy",
  cancel: "cancelled",
  "no answer": "no-answer",
} as const;

/**
 * One request to the notification address: the `zd_echo` check Zadarma makes when the address is
 * saved (answered with the echo as plain text), else a POSTed notification verified by its
 * `Signature` header. NOTIFY_IVR, SMS and other events are ignored.
 */
export function parseZadarmaNotification(settings: ZadarmaSettings, request: PbxRequest): PbxNotification {
  const echo = request.query.zd_echo;
  if (echo !== undefined) return { kind: "reply", status: 200, body: echo };
  const body = request.body;
  const event = body.event;
  if (!isZadarmaEvent(event)) return { kind: "ignored" };
  const expected = notificationSignature(settings.secret, notificationSignatureText(event, body));
  if (!sameSignature(request.headers.signature, expected)) return { kind: "bad-signature" };
  const callId = body.pbx_call_id?.trim();
  if (!callId) return { kind: "ignored" };
  return { kind: "event", event: callEventOf(event, callId, body, settings.timeZone) };
}

function callEventOf(
  event: ZadarmaEvent,
  providerCallId: string,
  body: Readonly<Record<string, string>>,
  timeZone: string,
): CallEvent {
  const outbound = event === "NOTIFY_OUT_START" || event === "NOTIFY_OUT_END";
  const ended = event === "NOTIFY_END" || event === "NOTIFY_OUT_END";
  const recordingId = body.call_id_with_rec?.trim();
  const hasRecording = Boolean(recordingId) && (event === "NOTIFY_RECORD" || body.is_recorded === "1");
  return {
    kind: kindOf(event),
    providerCallId,
    direction: event === "NOTIFY_RECORD" ? null : outbound ? "outbound" : "inbound",
    from: callNumber(outbound ? body.caller_id || body.internal : body.caller_id),
    to: callNumber(outbound ? body.destination : body.called_did || body.destination),
    extension: body.internal?.trim() || null,
    startedAt: callStartInstant(body.call_start, timeZone),
    durationSec: ended ? secondsOf(body.duration) : null,
    disposition: ended ? dispositionOf(body.disposition, dispositions) : null,
    recording: hasRecording && recordingId ? { id: recordingId, url: null } : null,
  };
}

function kindOf(event: ZadarmaEvent): CallEvent["kind"] {
  switch (event) {
    case "NOTIFY_START":
    case "NOTIFY_INTERNAL":
    case "NOTIFY_OUT_START":
      return "ringing";
    case "NOTIFY_ANSWER":
      return "answered";
    case "NOTIFY_END":
    case "NOTIFY_OUT_END":
      return "ended";
    case "NOTIFY_RECORD":
      return "recording";
  }
}
