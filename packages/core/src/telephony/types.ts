import type { z } from "zod";
import type { LocalizedText } from "../i18n.ts";

/** What happened to a call: the PBX rings someone, the call is picked up, it ends, its recording is ready. */
export type CallEventKind = "ringing" | "answered" | "ended" | "recording";

/** The kinds of call events, in the order a call lives through them. */
export const callEventKinds = [
  "ringing",
  "answered",
  "ended",
  "recording",
] as const satisfies readonly CallEventKind[];

/** Which way a call went, seen from the organisation. */
export type CallDirection = "inbound" | "outbound";

/** How a call ended, whatever the provider calls it. */
export type CallDisposition = "answered" | "no-answer" | "busy" | "failed" | "cancelled";

/** The dispositions, for schemas and renderers. */
export const callDispositions = [
  "answered",
  "no-answer",
  "busy",
  "failed",
  "cancelled",
] as const satisfies readonly CallDisposition[];

/** A call's recording: the provider's id of it and, when the provider sends one, a link to play it. */
export type CallRecording = { id: string; url: string | null };

/**
 * One PBX notification in the port's words. Numbers are E.164 (`+74951234567`) when they parse,
 * else as the provider sent them (an extension, a hidden number); `extension` is the member's
 * internal number on the PBX. Fields a kind does not carry are null.
 */
export type CallEvent = {
  kind: CallEventKind;
  providerCallId: string;
  direction: CallDirection | null;
  from: string | null;
  to: string | null;
  extension: string | null;
  /** When the call started (UTC ms), as the provider says; null when it does not say. */
  startedAt: number | null;
  durationSec: number | null;
  disposition: CallDisposition | null;
  recording: CallRecording | null;
};

/** A public request as the host received it: method, headers (lower-case names), query and form/JSON body fields. */
export type PbxRequest = {
  method: string;
  headers: Readonly<Record<string, string>>;
  query: Readonly<Record<string, string>>;
  body: Readonly<Record<string, string>>;
};

/**
 * What an adapter makes of a public request: a reply the provider expects as is (a
 * verification echo), a refused signature (the host answers 401 and writes nothing), a request
 * it ignores (an event kind the port does not use), or the normalised event.
 */
export type PbxNotification =
  | { kind: "reply"; status: number; body: string }
  | { kind: "bad-signature" }
  | { kind: "ignored" }
  | { kind: "event"; event: CallEvent };

/**
 * A cloud PBX behind the port (Zadarma, Mango Office, UIS: a package each). `settings` is the
 * zod schema of its keys, every field `labelled()` in ru/en; `secretSettings` names those the
 * host masks; the host passes the parsed settings back to each call.
 *
 * @example const adapter: PbxAdapter<ZadarmaSettings> = zadarmaAdapter()
 */
export type PbxAdapter<Settings = Record<string, unknown>> = {
  /** Stable id, in URLs and stored rows: `zadarma`. */
  id: string;
  name: LocalizedText;
  settings: z.ZodType<Settings>;
  secretSettings: readonly string[];
  /** Click-to-call: the PBX rings the member's `extension`, then `to` (E.164). Throws `PbxError`. */
  startCall(settings: Settings, call: { extension: string; to: string }): Promise<void>;
  /** Verifies and normalises one public request to the notification address. */
  parseNotification(settings: Settings, request: PbxRequest): PbxNotification;
  /** A playable link for a recording that came without one (the provider's link may expire). */
  recordingUrl?(
    settings: Settings,
    recording: { providerCallId: string; recordingId: string },
  ): Promise<string>;
};

/** Any adapter, as the host keeps them in one list. */
// biome-ignore lint/suspicious/noExplicitAny: each adapter has its own settings; the host parses them with the adapter's schema.
export type AnyPbxAdapter = PbxAdapter<any>;

/** Why the provider refused or failed a request: `auth` (keys wrong), `refused` (the provider said no), `unreachable`. */
export class PbxError extends Error {
  constructor(
    readonly reason: "auth" | "refused" | "unreachable",
    message: string,
  ) {
    super(message);
    this.name = "PbxError";
  }
}
