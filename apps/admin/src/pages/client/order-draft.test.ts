import { describe, expect, it } from "vitest";
import { emptyLine, lineTotalMinor, lineWithProduct, orderLinesOf, orderTotalMinor } from "./order-draft.ts";

const cheese = { id: "prd_1", name: "Сыр российский", price: { amountMinor: 45_000, currency: "RUB" } };

describe("order lines", () => {
  it("takes a product's name and price, and forgets the product when unpicked", () => {
    const line = lineWithProduct(emptyLine, cheese);
    expect(line).toEqual({
      productId: "prd_1",
      name: "Сыр российский",
      quantity: "1",
      price: "450",
      discount: "0",
    });
    expect(lineWithProduct(line, null).productId).toBeNull();
  });

  it("turns typed numbers into the server's input", () => {
    const result = orderLinesOf(
      [
        { ...lineWithProduct(emptyLine, cheese), quantity: "2,5", discount: "10" },
        { ...emptyLine, name: " Доставка ", price: "1 500" },
      ],
      "bad",
    );
    expect(result).toEqual({
      ok: true,
      lines: [
        {
          productId: "prd_1",
          name: "Сыр российский",
          quantity: 2.5,
          price: { amountMinor: 45_000 },
          discountPercent: 10,
        },
        {
          productId: null,
          name: "Доставка",
          quantity: 1,
          price: { amountMinor: 150_000 },
          discountPercent: 0,
        },
      ],
    });
  });

  it("leaves an empty price to the catalog and an empty discount at zero", () => {
    const result = orderLinesOf([{ ...emptyLine, productId: "prd_1", discount: "" }], "bad");
    expect(result).toEqual({ ok: true, lines: [{ productId: "prd_1", quantity: 1, discountPercent: 0 }] });
  });

  it("names each number it cannot read by the server's path", () => {
    const result = orderLinesOf(
      [emptyLine, { ...emptyLine, quantity: "два", price: "12,345", discount: "5%" }],
      "Введите число",
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        "lines.1.quantity": "Введите число",
        "lines.1.price": "Введите число",
        "lines.1.discountPercent": "Введите число",
      },
    });
  });

  it("previews line and order totals with discounts", () => {
    const lines = [
      { ...lineWithProduct(emptyLine, cheese), quantity: "3", discount: "10" },
      { ...emptyLine, name: "Доставка", price: "1 500" },
      { ...emptyLine, name: "Без цены" },
    ];
    expect(lines.map(lineTotalMinor)).toEqual([121_500, 150_000, null]);
    expect(orderTotalMinor(lines)).toBe(271_500);
  });
});
