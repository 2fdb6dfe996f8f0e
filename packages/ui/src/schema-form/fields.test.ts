import { describe, expect, it } from "vitest";
import { fieldsOf, humanize } from "./fields.ts";

/** What zod 4's `toJSONSchema(schema, { io: "input" })` emits for a typical plugin's settings. */
const schema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  type: "object",
  properties: {
    botToken: { type: "string", minLength: 1, maxLength: 256, description: "Telegram bot token" },
    dailyLimit: { default: 50, type: "integer", minimum: 1, maximum: 500 },
    ratio: { type: "number" },
    mode: { default: "round-robin", type: "string", enum: ["round-robin", "least-busy"] },
    domains: { default: [], type: "array", items: { type: "string" } },
    smtp: {
      type: "object",
      properties: { host: { type: "string" }, secure: { default: true, type: "boolean" } },
      required: ["host"],
    },
    note: { anyOf: [{ type: "string" }, { type: "null" }], title: { en: "Note", ru: "Заметка" } },
    weights: { type: "array", items: { type: "number" } },
  },
  required: ["botToken"],
};

describe("fieldsOf", () => {
  const fields = fieldsOf(schema, new Set(["botToken", "smtp.host"]));
  const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));

  it("maps each JSON schema type to a form field, in declaration order", () => {
    expect(fields.map((f) => [f.key, f.kind])).toEqual([
      ["botToken", "string"],
      ["dailyLimit", "number"],
      ["ratio", "number"],
      ["mode", "enum"],
      ["domains", "tags"],
      ["smtp", "object"],
      ["note", "string"],
      ["weights", "unsupported"],
    ]);
  });

  it("keeps bounds, integers, defaults, required flags and descriptions", () => {
    expect(byKey.dailyLimit).toMatchObject({ integer: true, minimum: 1, maximum: 500, defaultValue: 50 });
    expect(byKey.ratio).toMatchObject({ integer: false, minimum: undefined });
    expect(byKey.botToken).toMatchObject({ required: true, description: "Telegram bot token" });
    expect(byKey.mode).toMatchObject({ options: ["round-robin", "least-busy"], required: false });
  });

  it("marks secrets by dotted path, also inside nested objects", () => {
    expect(byKey.botToken).toMatchObject({ secret: true, multiline: false });
    const smtp = byKey.smtp;
    if (smtp?.kind !== "object") throw new Error("smtp must be an object field");
    expect(smtp.fields.map((f) => [f.path, f.kind, f.required])).toEqual([
      ["smtp.host", "string", true],
      ["smtp.secure", "boolean", false],
    ]);
    expect(smtp.fields[0]).toMatchObject({ secret: true });
  });

  it("unwraps nullable values and keeps localized titles", () => {
    expect(byKey.note).toMatchObject({ kind: "string", title: { en: "Note", ru: "Заметка" } });
  });

  it("returns no fields for a plugin without settings", () => {
    expect(fieldsOf(null, new Set())).toEqual([]);
    expect(fieldsOf({ type: "object", properties: {} }, new Set())).toEqual([]);
  });
});

describe("humanize", () => {
  it.each([
    ["botToken", "Bot token"],
    ["daily_limit", "Daily limit"],
    ["url", "Url"],
  ])("%s → %s", (key, label) => expect(humanize(key)).toBe(label));
});
