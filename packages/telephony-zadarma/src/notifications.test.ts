import type { PbxRequest } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { parseZadarmaNotification } from "./notifications.ts";
import type { ZadarmaSettings } from "./settings.ts";
import { signedNotification } from "./testing/fake-api.ts";

const settings: ZadarmaSettings = {
  key: "apikey0001",
  secret: "secret0123456789",
  timeZone: "Europe/Moscow",
};
const start = "2026-12-07 12:30:05";
const startedAt = Date.UTC(2026, 11, 7, 9, 30, 5);

const request = (
  event: Parameters<typeof signedNotification>[1],
  fields: Record<string, string>,
  secret = settings.secret,
): PbxRequest => {
  const signed = signedNotification(secret, event, fields);
  return {
    method: "POST",
    headers: { signature: signed.headers.signature },
    query: {},
    body: Object.fromEntries(new URLSearchParams(signed.body)),
  };
};

const inbound = {
  pbx_call_id: "in_1",
  caller_id: "74951234567",
  called_did: "74957654321",
  call_start: start,
};
const outbound = { pbx_call_id: "out_1", internal: "100", destination: "79161234567", call_start: start };

describe("parseZadarmaNotification", () => {
  it.each([
    [
      "NOTIFY_START: an inbound call rings the PBX",
      request("NOTIFY_START", inbound),
      {
        kind: "ringing",
        direction: "inbound",
        from: "+74951234567",
        to: "+74957654321",
        extension: null,
        startedAt,
      },
    ],
    [
      "NOTIFY_INTERNAL: it rings an extension",
      request("NOTIFY_INTERNAL", { ...inbound, internal: "101" }),
      { kind: "ringing", extension: "101" },
    ],
    [
      "NOTIFY_ANSWER",
      request("NOTIFY_ANSWER", {
        pbx_call_id: "in_1",
        caller_id: "74951234567",
        destination: "101",
        call_start: start,
        internal: "101",
      }),
      { kind: "answered", direction: "inbound", to: "101", extension: "101" },
    ],
    [
      "NOTIFY_END answered, recorded",
      request("NOTIFY_END", {
        ...inbound,
        internal: "101",
        duration: "95",
        disposition: "answered",
        is_recorded: "1",
        call_id_with_rec: "rec_1",
      }),
      { kind: "ended", durationSec: 95, disposition: "answered", recording: { id: "rec_1", url: null } },
    ],
    [
      "NOTIFY_END no answer, not recorded",
      request("NOTIFY_END", {
        ...inbound,
        duration: "0",
        disposition: "no answer",
        is_recorded: "0",
        call_id_with_rec: "",
      }),
      { kind: "ended", durationSec: 0, disposition: "no-answer", recording: null },
    ],
    [
      "NOTIFY_OUT_START: the member dials out",
      request("NOTIFY_OUT_START", outbound),
      { kind: "ringing", direction: "outbound", from: "100", to: "+79161234567", extension: "100" },
    ],
    [
      "NOTIFY_OUT_END busy",
      request("NOTIFY_OUT_END", {
        ...outbound,
        caller_id: "74957654321",
        duration: "0",
        disposition: "busy",
        is_recorded: "0",
      }),
      { kind: "ended", direction: "outbound", from: "+74957654321", durationSec: 0, disposition: "busy" },
    ],
    [
      "NOTIFY_OUT_END with a status the port does not know",
      request("NOTIFY_OUT_END", { ...outbound, duration: "0", disposition: "no money" }),
      { kind: "ended", disposition: "failed" },
    ],
    [
      "NOTIFY_RECORD",
      request("NOTIFY_RECORD", { pbx_call_id: "in_1", call_id_with_rec: "rec_1" }),
      { kind: "recording", direction: null, recording: { id: "rec_1", url: null } },
    ],
  ])("%s", (_, req, expected) => {
    const parsed = parseZadarmaNotification(settings, req);
    expect(parsed.kind).toBe("event");
    if (parsed.kind === "event") expect(parsed.event).toMatchObject(expected);
  });

  it.each([
    [
      "a signature made with another secret",
      request("NOTIFY_END", inbound, "another-secret-000"),
      "bad-signature",
    ],
    ["no signature", { ...request("NOTIFY_END", inbound), headers: {} }, "bad-signature"],
    [
      "a signed field changed after signing",
      (() => {
        const r = request("NOTIFY_END", inbound);
        return { ...r, body: { ...r.body, caller_id: "74950000000" } };
      })(),
      "bad-signature",
    ],
    [
      "an IVR notification",
      { method: "POST", headers: {}, query: {}, body: { event: "NOTIFY_IVR" } },
      "ignored",
    ],
    ["no event at all", { method: "POST", headers: {}, query: {}, body: {} }, "ignored"],
  ] as const)("%s → %s", (_, req, kind) => {
    expect(parseZadarmaNotification(settings, req).kind).toBe(kind);
  });

  it("answers Zadarma's zd_echo check with the echo", () => {
    const parsed = parseZadarmaNotification(settings, {
      method: "GET",
      headers: {},
      query: { zd_echo: "abc123" },
      body: {},
    });
    expect(parsed).toEqual({ kind: "reply", status: 200, body: "abc123" });
  });
});
