import { describe, expect, it } from "vitest";
import { emptyPayment, paymentInputOf } from "./payment-draft.ts";

describe("payment drafts", () => {
  it("sends a partial payment in kopecks with its date, method and reference", () => {
    const draft = {
      ...emptyPayment("2026-03-02"),
      amount: "5 000,50",
      method: "cash" as const,
      reference: " ПП 17 ",
    };
    expect(paymentInputOf("ord_1", draft, "bad")).toEqual({
      ok: true,
      input: {
        orderId: "ord_1",
        amount: { amountMinor: 500_050 },
        paidOn: "2026-03-02",
        method: "cash",
        reference: "ПП 17",
      },
    });
  });

  it("leaves an empty date to the server (today in the organisation's zone)", () => {
    const result = paymentInputOf("ord_1", { ...emptyPayment(""), amount: "10" }, "bad");
    expect(result.ok && result.input.paidOn).toBeUndefined();
  });

  it("refuses an amount it cannot read under the server's field", () => {
    expect(
      paymentInputOf("ord_1", { ...emptyPayment("2026-03-02"), amount: "пять" }, "Введите число"),
    ).toEqual({
      ok: false,
      errors: { "amount.amountMinor": "Введите число" },
    });
  });
});
