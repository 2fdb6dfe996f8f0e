import { expectConformance } from "@quartet/testing/conformance";
import { it } from "vitest";
import { firstSalePlugin } from "../src/server/index.ts";

it(
  "first sale keeps the plugin rules (conformance check)",
  () =>
    expectConformance(firstSalePlugin, {
      installed: [firstSalePlugin],
      // A deal on a client: rows for disable → enable to keep.
      async seed(h) {
        const client = await (await h.core()).core.clients.create({ name: "ООО Ромашка" });
        await (await h.as(h.owner)).firstSale.deals.create({
          clientId: client.id,
          title: "Поставка упаковки",
        });
      },
    }),
  120_000,
);
