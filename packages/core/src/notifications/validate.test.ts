import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvent } from "../plugin/define-event.ts";
import { validateManifests } from "../plugin/validate-manifests.ts";
import type { NotificationType } from "./define-notification.ts";
import { validateNotificationTypes } from "./validate.ts";

const event = defineEvent({ name: "demo.thing.happened", version: 1, schema: z.object({}) });
const good: NotificationType = {
  type: "demo.thing",
  label: { en: "Things", ru: "События" },
  defaultChannels: ["inApp"],
  text: { title: { en: "Thing {name}", ru: "Событие {name}" } },
  on: { event, recipients: async () => [] },
};

describe("validateNotificationTypes", () => {
  it("accepts a well-formed type", () => {
    expect(() => validateNotificationTypes("demo", [good])).not.toThrow();
  });

  it.each([
    ["a type outside the namespace", [{ ...good, type: "other.thing" }], /outside its namespace/],
    ["a bad type id", [{ ...good, type: "demo.Thing!" }], /outside its namespace/],
    ["a duplicate type", [good, good], /twice/],
    ["an unknown channel", [{ ...good, defaultChannels: ["sms"] }], /unknown channel "sms"/],
    ["a missing Russian text", [{ ...good, label: { en: "Things", ru: " " } }], /en and ru/],
    [
      "different placeholders",
      [{ ...good, text: { title: { en: "Thing {name}", ru: "Событие {title}" } } }],
      /different placeholders/,
    ],
    ["no producer", [{ ...good, on: undefined }], /exactly one of/],
    ["both producers", [{ ...good, every: { everyMs: 60_000, find: async () => [] } }], /exactly one of/],
    [
      "a schedule faster than a second",
      [{ ...good, on: undefined, every: { everyMs: 10, find: async () => [] } }],
      /once a second/,
    ],
  ])("refuses %s", (_name, types, message) => {
    expect(() => validateNotificationTypes("demo", types as NotificationType[])).toThrow(message);
  });

  it("is part of the boot check of manifests", () => {
    const plugin = {
      id: "demo",
      function: null,
      name: { en: "Demo", ru: "Демо" },
      description: { en: "Demo", ru: "Демо" },
      version: "1.0.0",
      dependsOn: [],
      permissions: [],
      events: { emits: [], consumes: [] },
      router: undefined,
      notifications: [good, good],
    };
    expect(() => validateManifests([plugin])).toThrow(/"demo.thing" twice/);
  });
});
