import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvent, eventKey } from "./define-event.ts";

const schema = z.object({ clientId: z.string() });

describe("defineEvent", () => {
  it.each(["prospecting.lead.qualified", "first-sale.deal.won", "core.client.created", "vip.tier2.granted"])(
    "accepts the name %s",
    (name) => {
      expect(defineEvent({ name, version: 1, schema }).name).toBe(name);
    },
  );

  it.each([
    "lead",
    "Prospecting.lead.qualified",
    "prospecting..qualified",
    "prospecting.lead.",
    ".lead.qualified",
    "first_sale.deal.won",
    "prospecting lead",
  ])("rejects the name %j", (name) => {
    expect(() => defineEvent({ name, version: 1, schema })).toThrow(
      `Event name "${name}" must look like "plugin.entity.verb"`,
    );
  });

  it.each([0, -1, 1.5, Number.NaN])("rejects version %d", (version) => {
    expect(() => defineEvent({ name: "first-sale.deal.won", version, schema })).toThrow(
      'Event "first-sale.deal.won" needs a positive integer version',
    );
  });

  it("returns a frozen copy carrying the schema", () => {
    const def = { name: "first-sale.deal.won", version: 2, schema };
    const event = defineEvent(def);
    expect(event).toEqual(def);
    expect(event).not.toBe(def);
    expect(Object.isFrozen(event)).toBe(true);
    expect(event.schema.parse({ clientId: "cli_1" })).toEqual({ clientId: "cli_1" });
  });
});

describe("eventKey", () => {
  it.each([
    ["prospecting.lead.qualified", 1, "prospecting.lead.qualified@1"],
    ["first-sale.deal.won", 12, "first-sale.deal.won@12"],
  ])("%s v%d → %s", (name, version, key) => {
    expect(eventKey({ name, version })).toBe(key);
  });
});
