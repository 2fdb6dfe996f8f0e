import { describe, expect, it } from "vitest";
import { settingsFormGaps } from "./label-gaps.ts";
import { fieldsOf } from "./schema-walk.ts";

const both = (en: string, ru: string) => ({ en, ru });
const section = both("General", "Общее");
const titled = (en: string, ru: string, rest: Record<string, unknown> = {}) => ({
  title: both(en, ru),
  section,
  ...rest,
});

/** The gaps of a form with one top-level property, as zod's `toJSONSchema` emits it. */
const gapsOf = (property: Record<string, unknown>) =>
  settingsFormGaps(fieldsOf({ type: "object", properties: { field: property } }, new Set()));

describe("settingsFormGaps", () => {
  it("finds nothing in a field labelled in both languages, in a section", () => {
    expect(gapsOf({ type: "string", ...titled("Greeting", "Приветствие") })).toEqual({
      unlabelled: [],
      unsupported: [],
      unsectioned: [],
    });
  });

  it.each([
    ["no title", { type: "string", section }, ["field"]],
    ["an English title only", { type: "string", section, title: "Greeting" }, ["field"]],
    ["the same words in both", { type: "string", ...titled("Telegram", "Telegram") }, ["field"]],
    [
      "a hint in one language",
      { type: "string", ...titled("Token", "Токен"), description: "The bot's token" },
      ["field (hint)"],
    ],
    [
      "an enum option without words",
      { type: "string", enum: ["a", "b"], ...titled("Mode", "Режим"), options: { a: both("A", "А") } },
      ["field=b"],
    ],
    [
      "a list without a row word, its row's field untitled",
      {
        type: "array",
        items: { type: "object", properties: { name: { type: "string" } } },
        ...titled("Reasons", "Причины"),
      },
      ["field (row word)", "field.*.name"],
    ],
  ])("names %s", (_, property, unlabelled) => {
    expect(gapsOf(property).unlabelled).toEqual(unlabelled);
  });

  it("names a field the form cannot edit and a top-level field outside a named section", () => {
    const gaps = gapsOf({ title: both("Raw", "Сырое"), anyOf: [{ type: "string" }, { type: "number" }] });
    expect(gaps.unsupported).toEqual(["field"]);
    expect(gaps.unsectioned).toEqual(["field"]);
  });
});
