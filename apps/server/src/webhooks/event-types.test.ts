import { isMessageKey } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { defineEvent } from "@quartet/core/plugin";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { coreWebhookEvents, eventMessageName, eventTypeLabel, webhookEventCatalog } from "./event-types.ts";

const won = defineEvent({ name: "referrals.reward.paid-out", version: 2, schema: z.object({}) });
const plugin = {
  id: "referrals",
  name: { en: "Referrals", ru: "Рекомендации" },
  events: { emits: [won], consumes: [] },
} as unknown as AnyPlugin;

describe("the webhook event catalogue", () => {
  const catalog = webhookEventCatalog([plugin]);

  it.each([
    ["core.client.stage-changed", "clientStageChanged"],
    ["core.order.recorded", "orderRecorded"],
    ["first-sale.deal.won", "dealWon"],
    ["referrals.reward.paid-out", "rewardPaidOut"],
  ])("names the message of %s %s", (name, entry) => {
    expect(eventMessageName(name)).toBe(entry);
  });

  it("holds core's events and each installed plugin's emits, by name@version", () => {
    expect(catalog.types.map((type) => type.key)).toContain("core.payment.received@1");
    expect(catalog.get("referrals.reward.paid-out@2")?.plugin?.id).toBe("referrals");
    expect(catalog.available(new Set()).some((type) => type.plugin)).toBe(false);
    expect(catalog.available(new Set(["referrals"])).map((type) => type.key)).toContain(
      "referrals.reward.paid-out@2",
    );
  });

  it("names every core event in both languages", () => {
    for (const event of coreWebhookEvents) {
      const type = catalog.get(`${event.name}@${event.version}`);
      if (!type) throw new Error(`${event.name} is not in the catalogue`);
      const ru = eventTypeLabel(type, "ru");
      expect(ru.group).toBe("Ядро");
      expect(ru.name).toMatch(/^[А-ЯЁ][а-яё ]+$/);
      expect(eventTypeLabel(type, "en").name).toMatch(/^[A-Z][a-z' ]+$/);
    }
  });

  it("names a plugin's event by the plugin's name and the event's name when its catalog has none", () => {
    const type = catalog.get("referrals.reward.paid-out@2");
    if (!type) throw new Error("the plugin's event is not in the catalogue");
    expect(isMessageKey("referrals.rewardPaidOutEvent")).toBe(false);
    expect(eventTypeLabel(type, "ru")).toEqual({ group: "Рекомендации", name: "referrals.reward.paid-out" });
  });
});
