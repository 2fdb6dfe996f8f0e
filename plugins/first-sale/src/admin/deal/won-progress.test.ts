import { describe, expect, it } from "vitest";
import { wonProgress } from "./won-progress.ts";

describe("wonProgress", () => {
  it.each([
    [{ kind: "full-payment" } as const, 0.5, null, { neededShare: 1, met: false }],
    [{ kind: "full-payment" } as const, 1, null, { neededShare: 1, met: true }],
    [{ kind: "prepayment", percent: 30 } as const, 0.29, null, { neededShare: 0.3, met: false }],
    [{ kind: "prepayment", percent: 30 } as const, 0.3, null, { neededShare: 0.3, met: true }],
    [{ kind: "contract-signed" } as const, 0, null, { neededShare: null, met: false }],
    [{ kind: "contract-signed" } as const, 0, 1_700_000_000_000, { neededShare: null, met: true }],
  ])("%o with %d paid, signed %s", (rule, paidShare, contractSignedAt, expected) => {
    expect(wonProgress(rule, { paidShare, contractSignedAt })).toMatchObject({ ...expected, paidShare });
  });
});
