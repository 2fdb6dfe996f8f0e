import { describe, expect, it } from "vitest";
import { aClient, anOrder, buysAndPays, pluginHost } from "./index.ts";

describe("fixtures", () => {
  it("create a client, an order and a paid order through core's procedures, with their events", async () => {
    const h = await pluginHost([]);
    try {
      const client = await aClient(h, { name: "ООО Ромашка" });
      const card = await (await h.core()).core.clients.get({ id: client.id });
      expect(card.merged ? card.name : card.client.name).toBe("ООО Ромашка");
      const order = await anOrder(h, client.id, 1_500_00, "2026-05-20");
      expect(order.total.amountMinor).toBe(1_500_00);
      const paid = await buysAndPays(h, client.id, 2_000_00, "2026-05-21");
      expect(paid.paymentEventId).not.toBe("");
      const orders = await h.outbox("core.order.recorded");
      expect(orders.map((e) => e.payload.orderId)).toEqual([order.id, paid.orderId]);
    } finally {
      await h.close();
    }
  });
});
