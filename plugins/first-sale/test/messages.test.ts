import { catalogData, catalogProblems } from "@quartet/core";
import { sessionOf } from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { m } from "../src/contracts/messages.ts";
import { firstSaleHost } from "./support/first-sale-host.ts";
import { newClient } from "./support/samples.ts";

describe("first sale's messages", () => {
  it("has a sound catalog: its id as namespace, English and Russian, the same parameters in both", () => {
    expect(catalogProblems(catalogData(m) ?? { namespace: "", entries: {} }, "first-sale")).toEqual([]);
  });

  it.each([
    ["en", "Cannot be negative", "Invalid input"],
    ["ru", "Не может быть меньше нуля", "Проверьте данные"],
  ])(
    "refuses a deal with a negative amount in the viewer's language (%s), naming the field",
    async (locale, text, summary) => {
      const h = await firstSaleHost();
      try {
        const client = await newClient(h);
        const response = await h.t.app(sessionOf(h.t, h.owner)).request("/trpc/firstSale.deals.create", {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-quartet-org": h.orgId,
            "x-quartet-locale": locale,
          },
          body: JSON.stringify({ json: { clientId: client.id, estimate: { amountMinor: -1 } } }),
        });
        expect(response.status).toBe(400);
        const { error } = (await response.json()) as {
          error: { json: { message: string; data: Record<string, unknown> } };
        };
        expect(error.json.data.fields).toEqual({ "estimate.amountMinor": text });
        expect(error.json.data.fieldKeys).toEqual({ "estimate.amountMinor": { key: m.notNegative } });
        expect(error.json.message).toContain(summary);
        expect(await (await h.as(h.owner)).firstSale.deals.page({})).toMatchObject({ total: 0 });
      } finally {
        await h.close();
      }
    },
  );
});
