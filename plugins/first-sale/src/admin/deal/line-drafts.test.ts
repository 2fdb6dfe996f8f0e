import { describe, expect, it } from "vitest";
import { draftsOf, draftsTotal, type LineDraft, linesInput } from "./line-drafts.ts";

const draft = (change: Partial<LineDraft> = {}): LineDraft => ({
  key: "k",
  productId: null,
  name: "Сыр",
  quantity: "2",
  price: "1 500,50",
  discount: "10",
  ...change,
});

describe("line drafts", () => {
  it("round-trips saved lines", () => {
    const saved = [
      {
        id: "l1",
        productId: "prd_1",
        name: "Сыр",
        quantity: 1.5,
        price: { amountMinor: 150_050 },
        discountPercent: 5,
      },
    ];
    const drafts = draftsOf(saved);
    expect(drafts[0]).toMatchObject({ quantity: "1,5", price: "1500,50", discount: "5" });
    expect(linesInput(drafts)).toEqual({
      lines: [
        {
          productId: "prd_1",
          name: "Сыр",
          quantity: 1.5,
          price: { amountMinor: 150_050 },
          discountPercent: 5,
        },
      ],
    });
  });

  it.each([
    [{ name: " " }, "name"],
    [{ quantity: "0" }, "quantity"],
    [{ quantity: "abc" }, "quantity"],
    [{ price: "-1" }, "price"],
    [{ discount: "120" }, "discount"],
  ] as const)("refuses %o at %s", (change, field) => {
    expect(linesInput([draft(), draft(change)])).toEqual({ problem: { index: 1, field } });
  });

  it("takes an empty discount as none and totals the lines", () => {
    expect(linesInput([draft({ discount: "" })])).toMatchObject({ lines: [{ discountPercent: 0 }] });
    expect(draftsTotal([draft(), draft({ discount: "", quantity: "1" }), draft({ price: "?" })])).toBe(
      270_090 + 150_050,
    );
  });
});
