import { amountMinorOf, minorToText, parseDecimal } from "./money-input.ts";

/** One line of the order form as typed: a catalog product (or none) and its numbers as text. */
export type OrderLineDraft = {
  productId: string | null;
  name: string;
  quantity: string;
  price: string;
  discount: string;
};

/** A blank line: one piece, no discount. */
export const emptyLine: OrderLineDraft = {
  productId: null,
  name: "",
  quantity: "1",
  price: "",
  discount: "0",
};

/** A catalog product as the order form needs it. */
export type PickedProduct = { id: string; name: string; price: { amountMinor: number; currency: string } };

/** A line with a product picked: its name and price come from the catalog and stay editable. */
export function lineWithProduct(line: OrderLineDraft, product: PickedProduct | null): OrderLineDraft {
  if (!product) return { ...line, productId: null };
  return {
    ...line,
    productId: product.id,
    name: product.name,
    price: minorToText(product.price.amountMinor),
  };
}

type LineInput = {
  productId: string | null;
  name?: string;
  quantity: number;
  price?: { amountMinor: number };
  discountPercent: number;
};

/**
 * What `core.orders.record` takes for the typed lines, or the field messages (keyed as the server
 * keys them, `lines.<i>.<field>`) of numbers that cannot be read. Range checks are the server's.
 *
 * @example orderLinesOf([{ ...emptyLine, name: "Доставка", price: "1 500" }], "Введите число")
 */
export function orderLinesOf(
  lines: readonly OrderLineDraft[],
  badNumber: string,
): { ok: true; lines: LineInput[] } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const out = lines.map((line, i): LineInput => {
    const quantity = parseDecimal(line.quantity);
    const discount = line.discount.trim() === "" ? 0 : parseDecimal(line.discount);
    const price = line.price.trim() === "" ? null : amountMinorOf(line.price);
    if (quantity === null) errors[`lines.${i}.quantity`] = badNumber;
    if (discount === null) errors[`lines.${i}.discountPercent`] = badNumber;
    if (line.price.trim() !== "" && price === null) errors[`lines.${i}.price`] = badNumber;
    const name = line.name.trim();
    return {
      productId: line.productId,
      ...(name ? { name } : {}),
      quantity: quantity ?? 0,
      ...(price === null ? {} : { price: { amountMinor: price } }),
      discountPercent: discount ?? 0,
    };
  });
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, lines: out };
}

/** A line's total in minor units as the form previews it (the server's total is the one stored), or null. */
export function lineTotalMinor(line: OrderLineDraft): number | null {
  const quantity = parseDecimal(line.quantity);
  const price = amountMinorOf(line.price);
  const discount = line.discount.trim() === "" ? 0 : parseDecimal(line.discount);
  if (quantity === null || price === null || discount === null) return null;
  return Math.round(quantity * price * (1 - discount / 100));
}

/** The preview of the order's total: the sum of the lines that can be read. */
export function orderTotalMinor(lines: readonly OrderLineDraft[]): number {
  return lines.reduce((sum, line) => sum + (lineTotalMinor(line) ?? 0), 0);
}
