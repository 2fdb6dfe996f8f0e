import {
  corePermissions,
  type DocumentSource,
  DomainError,
  documentMessages as m,
  wordMessage,
} from "@quartet/core";
import { getOrder } from "../../records/orders/get-order.ts";

/**
 * Core's own document: the invoice (счёт на оплату) of a core order — first sale's, farming's
 * and VIP's orders alike. Its lines (with each line's discount), currency and payment terms (a
 * VIP client's deferral on the order; else the organisation's usual days) print as they were
 * recorded; a cancelled order is refused. Issued by whoever records orders, read by whoever
 * sees them; the order's client must be within the member's reach.
 */
export const orderInvoiceSource: DocumentSource = {
  type: "invoice",
  subject: "order",
  name: { en: "Invoice", ru: "Счёт на оплату" },
  permission: corePermissions.ordersWrite.id,
  readPermission: corePermissions.ordersRead.id,
  layout: "invoice",
  async build(ctx, orderId, locale) {
    const order = await getOrder({ ctx, input: { orderId } });
    if (order.status === "cancelled") {
      throw new DomainError("PRECONDITION_FAILED", m.orderCancelled, { params: { number: order.number } });
    }
    return {
      clientId: order.clientId,
      currency: order.currency,
      pricing: "included",
      paymentTermsDays: order.paymentTermsDays,
      lines: order.lines.map((line) => ({
        name: line.name,
        unit: line.unit ?? wordMessage(locale, m.unitPieces),
        quantity: { thousandths: Math.round(line.quantity * 1000) },
        unitPriceMinor: line.price.amountMinor,
        ...(line.discountPercent > 0 ? { discount: { percent: line.discountPercent } } : {}),
      })),
    };
  },
};
