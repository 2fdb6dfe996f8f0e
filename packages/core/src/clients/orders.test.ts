import { describe, expect, it } from "vitest";
import { type Money, money } from "../money/index.ts";
import { lineTotal, type OrderLine, orderTotals, type PaymentStatus, paymentStatus } from "./orders.ts";

const rub = (amountMinor: number) => money(amountMinor, "RUB");
const usd = (amountMinor: number) => money(amountMinor, "USD");
const line = (quantity: number, price: Money, discountPercent?: number): OrderLine => ({
  name: "Товар",
  quantity,
  price,
  discountPercent,
});

describe("lineTotal", () => {
  it.each<[string, OrderLine, [number, number, number]]>([
    ["3 pieces at 19,99 ₽", line(3, rub(1999)), [5997, 0, 5997]],
    ["1,5 kg at 999,99 ₽ less 10 %", line(1.5, rub(99999), 10), [149999, 15000, 134999]],
    ["0,333 kg at 10 ₽ less 12,5 %", line(0.333, rub(1000), 12.5), [333, 42, 291]],
    ["a tie rounds up: 0,5 × 3,33 ₽", line(0.5, rub(333)), [167, 0, 167]],
    ["a free sample", line(2, rub(0)), [0, 0, 0]],
    ["a full discount", line(2, rub(500), 100), [1000, 1000, 0]],
  ])("%s", (_, input, [subtotal, discount, total]) => {
    expect(lineTotal(input)).toEqual({ subtotal: rub(subtotal), discount: rub(discount), total: rub(total) });
  });

  it.each<[string, OrderLine, string]>([
    ["zero quantity", line(0, rub(100)), "quantity"],
    ["negative quantity", line(-1, rub(100)), "quantity"],
    ["four decimals", line(1.2345, rub(100)), "quantity"],
    ["NaN quantity", line(Number.NaN, rub(100)), "quantity"],
    ["a negative price", line(1, rub(-100)), "price"],
    ["a discount over 100 %", line(1, rub(100), 101), "discountPercent"],
    ["a negative discount", line(1, rub(100), -5), "discountPercent"],
  ])("refuses %s naming %s", (_, input, field) => {
    expect(() => lineTotal(input)).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { [field]: expect.any(String) } }),
    );
  });
});

describe("orderTotals", () => {
  it("adds the rounded lines", () => {
    const lines = [line(1.5, rub(99999), 10), line(3, rub(1999)), line(0.333, rub(1000), 12.5)];
    expect(orderTotals(lines, "RUB")).toEqual({
      subtotal: rub(156329),
      discount: rub(15042),
      total: rub(141287),
    });
  });

  it("is zero for no lines", () => {
    expect(orderTotals([], "USD")).toEqual({ subtotal: usd(0), discount: usd(0), total: usd(0) });
  });

  it.each<[OrderLine[], string]>([
    [[line(1, rub(100)), line(1, usd(100))], "lines.1.price"],
    [[line(1, usd(100))], "lines.0.price"],
    [[line(1, rub(100)), line(1, rub(100)), line(0, rub(100))], "lines.2.quantity"],
  ])("names the faulty field %#", (lines, field) => {
    expect(() => orderTotals(lines, "RUB")).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { [field]: expect.any(String) } }),
    );
  });
});

describe("paymentStatus", () => {
  it.each<[number, number[], Omit<PaymentStatus, "paid" | "due"> & { paid: number; due: number }]>([
    [10000, [], { paid: 0, due: 10000, status: "unpaid", paidShare: 0 }],
    [10000, [3000], { paid: 3000, due: 7000, status: "partial", paidShare: 0.3 }],
    [10000, [3000, 7000], { paid: 10000, due: 0, status: "paid", paidShare: 1 }],
    [10000, [12000], { paid: 12000, due: 0, status: "overpaid", paidShare: 1.2 }],
    [10000, [5000, -5000], { paid: 0, due: 10000, status: "unpaid", paidShare: 0 }],
    [10000, [-1000], { paid: -1000, due: 11000, status: "unpaid", paidShare: 0 }],
    [0, [], { paid: 0, due: 0, status: "paid", paidShare: 1 }],
  ])("total %d, payments %j", (total, payments, expected) => {
    expect(paymentStatus(rub(total), payments.map(rub))).toEqual({
      ...expected,
      paid: rub(expected.paid),
      due: rub(expected.due),
    });
  });

  it.each<[Money, Money[], string]>([
    [rub(-100), [], "total"],
    [rub(100), [rub(50), usd(50)], "payments.1"],
  ])("refuses %j with %j naming %s", (total, payments, field) => {
    expect(() => paymentStatus(total, payments)).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { [field]: expect.any(String) } }),
    );
  });
});
