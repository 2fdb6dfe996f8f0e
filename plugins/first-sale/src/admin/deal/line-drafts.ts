import { amountText, lineTotalMinor, parseAmount, parseDecimal } from "../shared/amount.ts";

/** A line as the editor holds it: texts as typed. */
export type LineDraft = {
  key: string;
  productId: string | null;
  name: string;
  quantity: string;
  price: string;
  discount: string;
};

/** A saved line as `deals.get` answers it. */
export type SavedLine = {
  id: string;
  productId: string | null;
  name: string;
  quantity: number;
  price: { amountMinor: number };
  discountPercent: number;
};

/** A line as `deals.setLines` takes it. */
export type LineInput = {
  productId: string | null;
  name: string;
  quantity: number;
  price: { amountMinor: number };
  discountPercent: number;
};

/** Editable drafts of the saved lines. */
export function draftsOf(lines: readonly SavedLine[]): LineDraft[] {
  return lines.map((l) => ({
    key: l.id,
    productId: l.productId,
    name: l.name,
    quantity: String(l.quantity).replace(".", ","),
    price: amountText(l.price.amountMinor),
    discount: String(l.discountPercent).replace(".", ","),
  }));
}

/** Which field of which line is not a number the server would take. */
export type DraftProblem = { index: number; field: "name" | "quantity" | "price" | "discount" };

/**
 * The lines to send, or the first field that cannot be read: an empty name, a quantity that is
 * not positive, a price that is not an amount, a discount outside 0–100 %.
 */
export function linesInput(drafts: readonly LineDraft[]): { lines: LineInput[] } | { problem: DraftProblem } {
  const lines: LineInput[] = [];
  for (const [index, d] of drafts.entries()) {
    const quantity = parseDecimal(d.quantity);
    const price = parseAmount(d.price);
    const discount = d.discount.trim() === "" ? 0 : parseDecimal(d.discount);
    if (!d.name.trim()) return { problem: { index, field: "name" } };
    if (quantity === null || quantity <= 0) return { problem: { index, field: "quantity" } };
    if (price === null) return { problem: { index, field: "price" } };
    if (discount === null || discount < 0 || discount > 100) return { problem: { index, field: "discount" } };
    lines.push({
      productId: d.productId,
      name: d.name.trim(),
      quantity,
      price: { amountMinor: price },
      discountPercent: discount,
    });
  }
  return { lines };
}

/** A draft line's total in minor units, or null while a field cannot be read. */
export function draftTotal(d: LineDraft): number | null {
  const quantity = parseDecimal(d.quantity);
  const price = parseAmount(d.price);
  const discount = d.discount.trim() === "" ? 0 : parseDecimal(d.discount);
  if (quantity === null || price === null || discount === null) return null;
  return lineTotalMinor(price, quantity, discount);
}

/** The sum of the drafts' totals (unreadable lines count as zero). */
export function draftsTotal(drafts: readonly LineDraft[]): number {
  return drafts.reduce((sum, d) => sum + (draftTotal(d) ?? 0), 0);
}
