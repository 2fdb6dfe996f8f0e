import { sessionOf } from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { m } from "../src/contracts/messages.ts";
import { farmingHost } from "./support/farming-host.ts";

describe("farming's refusals in the viewer's language", () => {
  it.each([
    ["en", "At least 1 day"],
    ["ru", "Не меньше 1 дня"],
  ])("refuses a cadence of zero days (%s), naming `days`", async (locale, text) => {
    const h = await farmingHost();
    try {
      const response = await h.t.app(sessionOf(h.t, h.owner)).request("/trpc/farming.accounts.setCadence", {
        method: "POST",
        headers: { "content-type": "application/json", "x-quartet-org": h.orgId, "x-quartet-locale": locale },
        body: JSON.stringify({ json: { clientId: "cli_1", days: 0 } }),
      });
      const body = (await response.json()) as { error: { json: { data: Record<string, unknown> } } };
      expect(response.status).toBe(400);
      expect(body.error.json.data).toMatchObject({
        fields: { days: text },
        fieldKeys: { days: { key: m.atLeastOneDay } },
      });
    } finally {
      await h.close();
    }
  });
});
