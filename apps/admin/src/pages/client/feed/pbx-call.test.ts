import { describe, expect, it } from "vitest";
import { pbxCallFacts, recordingUrl } from "./pbx-call.ts";

describe("pbxCallFacts", () => {
  it.each([
    [
      {
        pbx: {
          direction: "inbound",
          from: "+74951234567",
          to: "+74957654321",
          disposition: "answered",
          recorded: true,
        },
      },
      { direction: "inbound", number: "+74951234567", disposition: "answered", recorded: true },
    ],
    [
      { pbx: { direction: "outbound", from: "101", to: "+74951234567", disposition: "busy" } },
      { direction: "outbound", number: "+74951234567", disposition: "busy", recorded: false },
    ],
    [
      { pbx: { direction: "outbound", disposition: "weird" } },
      { direction: "outbound", number: null, disposition: null, recorded: false },
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
