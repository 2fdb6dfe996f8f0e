import { describe, expect, it } from "vitest";
import { pbxCallFacts, recordingUrl } from "./pbx-call.ts";

describe("pbxCallFacts", () => {
  it.each([
    [
      { pbx: { direction: "inbound", disposition: "answered", recorded: true } },
      { direction: "inbound", disposition: "answered", recorded: true },
    ],
    [
      { pbx: { direction: "outbound", disposition: "busy" } },
      { direction: "outbound", disposition: "busy", recorded: false },
    ],
    [
      { pbx: { direction: "outbound", disposition: "weird" } },
      { direction: "outbound", disposition: null, recorded: false },
    ],
    [{ pbx: { direction: "sideways" } }, null],
    [{ call: { result: "reached", durationSec: 5 } }, null],
    [null, null],
  ])("%j → %j", (data, expected) => {
    expect(pbxCallFacts(data)).toEqual(expected);
  });
});

describe("recordingUrl", () => {
  it("names the entry and the organisation", () => {
    expect(recordingUrl("act_1", "org 1")).toBe("/api/v1/telephony/recordings/act_1?org=org%201");
  });
});
