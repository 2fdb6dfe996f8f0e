import { describe, expect, it } from "vitest";
import { callerShiftStats } from "./caller-stats.ts";
import type { Disposition } from "./dispositions.ts";

const at = (h: number, m = 0, day = 16) => Date.UTC(2026, 0, day, h, m);
const call = (callerId: string, start: number, disposition: Disposition, qualified = false) => ({
  callerId,
  startedAt: start,
  endedAt: start + 120_000,
  disposition,
  qualified,
});

describe("callerShiftStats", () => {
  it("counts dials, connects, conversations and leads per caller and Moscow day", () => {
    const rows = callerShiftStats(
      [
        call("anna", at(6), "no-answer"),
        call("anna", at(6, 10), "busy"),
        call("anna", at(6, 20), "interested", true),
        call("anna", at(7, 58), "do-not-call"),
        call("anna", at(21, 30), "not-interested"), // 00:30 Moscow on the 17th: the next shift
        call("boris", at(6), "wrong-number"),
      ],
      "Europe/Moscow",
    );
    expect(rows).toEqual([
      {
        callerId: "anna",
        shift: "2026-01-16",
        dials: 4,
        connects: 2,
        connectRate: 0.5,
        conversations: 1,
        leads: 1,
        hours: 2,
        leadsPerHour: 0.5,
        talkSec: 0,
      },
      expect.objectContaining({
        callerId: "boris",
        shift: "2026-01-16",
        dials: 1,
        connects: 0,
        connectRate: 0,
      }),
      expect.objectContaining({
        callerId: "anna",
        shift: "2026-01-17",
        dials: 1,
        hours: 0.25,
        leadsPerHour: 0,
      }),
    ]);
  });

  it("sums the talk time the PBX measured; calls dialled by hand count none", () => {
    const [shift] = callerShiftStats(
      [
        { ...call("anna", at(6), "interested"), talkSec: 95 },
        { ...call("anna", at(6, 10), "no-answer"), talkSec: 0 },
        { ...call("anna", at(6, 20), "not-interested"), talkSec: 40 },
        { ...call("anna", at(6, 30), "callback"), talkSec: null },
        call("anna", at(6, 40), "busy"),
      ],
      "Europe/Moscow",
    );
    expect(shift).toMatchObject({ dials: 5, talkSec: 135 });
  });

  it("returns nothing for no calls", () => {
    expect(callerShiftStats([], "Europe/Moscow")).toEqual([]);
  });
});
