import { describe, expect, it } from "vitest";
import type { AnyPlugin } from "../plugin/define-plugin.ts";
import { validateOne } from "../plugin/validate-manifests.ts";
import { defineMessages, type MessageEntry } from "./define.ts";

const withMessages = (messages: unknown): AnyPlugin => ({
  id: "vip",
  function: "vip",
  name: { en: "VIP", ru: "VIP" },
  description: { en: "VIP", ru: "VIP" },
  version: "1.0.0",
  dependsOn: [],
  permissions: [],
  events: { emits: [], consumes: [] },
  router: undefined,
  messages: messages as AnyPlugin["messages"],
});

describe("a plugin's messages at boot", () => {
  it("accepts a sound catalog in the plugin's namespace", () => {
    const messages = defineMessages("vip", { tier: { en: "Tier {name}", ru: "Уровень {name}" } });
    expect(() => validateOne(withMessages(messages))).not.toThrow();
  });

  it.each([
    ["another namespace", defineMessages("farming", {}), 'namespace "farming" must be "vip"'],
    ["a missing language", defineMessages("vip", { a: { en: "A" } as MessageEntry }), "vip.a: ru is missing"],
    [
      "different placeholders",
      defineMessages("vip", { a: { en: "{n}", ru: "{m}" } }),
      "en has {n} but ru has {m}",
    ],
    ["a plain object", { a: "vip.a" }, "not built with defineMessages"],
  ])("refuses %s", (_, messages, problem) => {
    expect(() => validateOne(withMessages(messages))).toThrow(problem);
  });
});
