import { describe, expect, it } from "vitest";
import { offsetLabel, offsetMinutes, timeZoneOptions } from "./time-zones.ts";

const january = Date.UTC(2026, 0, 15);

describe("offsetMinutes / offsetLabel", () => {
  it("reads a zone's offset at an instant", () => {
    expect(offsetMinutes("Europe/Moscow", january)).toBe(180);
    expect(offsetMinutes("Asia/Kolkata", january)).toBe(330);
    expect(offsetMinutes("America/Sao_Paulo", january)).toBe(-180);
    expect(offsetMinutes("UTC", january)).toBe(0);
  });

  it("writes offsets the way people read them", () => {
    expect(offsetLabel(180)).toBe("UTC+3");
    expect(offsetLabel(330)).toBe("UTC+5:30");
    expect(offsetLabel(-180)).toBe("UTC−3");
    expect(offsetLabel(0)).toBe("UTC");
  });
});

describe("timeZoneOptions", () => {
  const options = timeZoneOptions({
    zones: [
      "America/New_York",
      "Europe/Berlin",
      "Asia/Vladivostok",
      "Europe/Moscow",
      "Europe/Kaliningrad",
      "UTC",
    ],
    cityNames: {
      "Europe/Moscow": "Москва",
      "Europe/Kaliningrad": "Калининград",
      "Asia/Vladivostok": "Владивосток",
    },
    at: january,
  });

  it("puts Russia's zones first, west to east, then the rest by offset", () => {
    expect(options.map((o) => o.value)).toEqual([
      "Europe/Kaliningrad",
      "Europe/Moscow",
      "Asia/Vladivostok",
      "America/New_York",
      "UTC",
      "Europe/Berlin",
    ]);
  });

  it("labels a zone with its city in the interface language, its offset and its id", () => {
    expect(options[1]?.label).toBe("Москва · UTC+3 · Europe/Moscow");
    expect(options[3]?.label).toBe("New York · UTC−5 · America/New_York");
  });
});
