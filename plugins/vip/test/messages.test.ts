import { sessionOf } from "@quartet/testing";
import { describe, expect, it } from "vitest";
import { m } from "../src/contracts/messages.ts";
import { vipHost } from "./support/vip-host.ts";

describe("VIP's refusals in the viewer's language", () => {
  it.each([
    ["en", "No such client"],
    ["ru", "Такого клиента нет"],
  ])("refuses an override of a client that is not there (%s), naming `clientId`", async (locale, text) => {
    const h = await vipHost();
    try {
      const response = await h.t.app(sessionOf(h.t, h.owner)).request("/trpc/vip.clients.override", {
        method: "POST",
        headers: { "content-type": "application/json", "x-quartet-org": h.orgId, "x-quartet-locale": locale },
        body: JSON.stringify({ json: { clientId: "cli_gone", mode: "exclude", reason: "Партнёр" } }),
      });
      const body = (await response.json()) as {
        error: { json: { message: string; data: Record<string, unknown> } };
      };
      expect(response.status).toBe(404);
      expect(body.error.json.message).toBe(text);
      expect(body.error.json.data).toMatchObject({
        messageKey: m.noSuchClient,
        fields: { clientId: text },
        fieldKeys: { clientId: { key: m.noSuchClient } },
      });
    } finally {
      await h.close();
    }
  });
});
