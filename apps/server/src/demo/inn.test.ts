import { validateInn, validateKpp } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { demoInn, demoKpp } from "./inn.ts";
import { seededRandom } from "./random.ts";

describe("demo INNs pass the FNS check digits", () => {
  const cases = [
    { region: "77", kind: "legal", length: 10 },
    { region: "66", kind: "legal", length: 10 },
    { region: "78", kind: "individual", length: 12 },
    { region: "16", kind: "individual", length: 12 },
  ] as const;
  for (const c of cases) {
    it(`${c.kind} in region ${c.region}: ${c.length} digits, valid, 200 draws`, () => {
      const random = seededRandom(42);
      for (let i = 0; i < 200; i++) {
        const inn = demoInn(random, c.region, c.kind);
        expect(inn).toHaveLength(c.length);
        expect(inn.startsWith(c.region)).toBe(true);
        expect(validateInn(inn)).toEqual({ ok: true, value: inn, kind: c.kind });
      }
    });
  }

  it("KPPs have the right shape", () => {
    expect(validateKpp(demoKpp("77", seededRandom(1))).ok).toBe(true);
  });

  it("the same seed gives the same INNs", () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    expect([demoInn(a, "50", "legal"), demoInn(a, "50", "individual")]).toEqual([
      demoInn(b, "50", "legal"),
      demoInn(b, "50", "individual"),
    ]);
  });
});
