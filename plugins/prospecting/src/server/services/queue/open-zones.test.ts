import { describe, expect, it } from "vitest";
import { isCallable } from "../../../domain/calling-window.ts";
import { openZones } from "./open-zones.ts";

const zones = ["Europe/Moscow", "Asia/Novosibirsk", "Asia/Kamchatka", "Europe/Kaliningrad"];
const window = { days: [1, 2, 3, 4, 5], start: "09:00", end: "20:00" };

describe("openZones", () => {
  // Around the window's edges in each zone, second by second and minute by minute, repeated so the memo answers.
  const instants = [
    ...Array.from({ length: 48 * 4 }, (_, i) => Date.UTC(2026, 0, 15, 0, 0) + i * 15 * 60_000),
    ...Array.from({ length: 180 }, (_, i) => Date.UTC(2026, 0, 15, 5, 58, 30) + i * 1_000),
    ...Array.from({ length: 180 }, (_, i) => Date.UTC(2026, 0, 15, 16, 58, 30) + i * 1_000),
  ];
  it("agrees with isCallable at every instant, also when remembered", () => {
    for (const now of [...instants, ...instants]) {
      expect(openZones(zones, window, now), new Date(now).toISOString()).toEqual(
        zones.filter((zone) => isCallable(now, zone, window)),
      );
    }
  });

  it("keeps windows apart", () => {
    const now = Date.UTC(2026, 0, 15, 7, 0); // 10:00 in Moscow, Thursday
    expect(openZones(["Europe/Moscow"], window, now)).toEqual(["Europe/Moscow"]);
    expect(openZones(["Europe/Moscow"], { ...window, start: "11:00" }, now)).toEqual([]);
    expect(openZones(["Europe/Moscow"], { ...window, days: [6, 7] }, now)).toEqual([]);
  });
});
