import { describe, expect, it } from "vitest";
import { humanize } from "./fields.ts";
import { fieldsOf } from "./schema-walk.ts";

const ru = (word: string) => ({ ru: word, en: word });

/** One property as zod 4's `toJSONSchema(schema, { io: "input" })` emits it, with `labelled()` meta. */
const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
  [
    "text",
    { type: "string", maxLength: 50, minLength: 1 },
    { kind: "string", multiline: false, minLength: 1, maxLength: 50 },
  ],
  ["long text", { type: "string", maxLength: 4096 }, { kind: "string", multiline: true }],
  ["multiline meta", { type: "string", kind: "multiline" }, { kind: "string", multiline: true }],
  ["pattern", { type: "string", pattern: "^\\d{9}$" }, { kind: "string", pattern: "^\\d{9}$" }],
  ["email", { type: "string", format: "email" }, { kind: "string", format: "email" }],
  [
    "empty or url",
    {
      default: "",
      anyOf: [
        { type: "string", const: "" },
        { type: "string", format: "uri" },
      ],
    },
    { kind: "string", format: "uri", defaultValue: "" },
  ],
  ["nullable text", { anyOf: [{ type: "string" }, { type: "null" }] }, { kind: "string" }],
  [
    "integer",
    { type: "integer", minimum: 1, maximum: 500 },
    { kind: "number", unit: "plain", integer: true, minimum: 1, maximum: 500 },
  ],
  ["decimal", { type: "number" }, { kind: "number", unit: "plain", integer: false }],
  [
    "money",
    { type: "integer", minimum: 0, maximum: 1e12, kind: "money" },
    { kind: "number", unit: "money", maximum: 1e12 },
  ],
  [
    "percent",
    { type: "integer", minimum: 1, maximum: 100, kind: "percent" },
    { kind: "number", unit: "percent" },
  ],
  ["hours", { type: "number", kind: "hours" }, { kind: "number", unit: "hours" }],
  ["days", { type: "integer", kind: "days" }, { kind: "number", unit: "days" }],
  ["unknown kind on a number", { type: "number", kind: "furlongs" }, { kind: "number", unit: "plain" }],
  ["boolean", { type: "boolean", default: true }, { kind: "boolean", defaultValue: true }],
  [
    "enum with labels",
    { type: "string", enum: ["a", "b"], options: { a: ru("Первый") } },
    {
      kind: "enum",
      options: [
        { value: "a", label: ru("Первый") },
        { value: "b", label: undefined },
      ],
    },
  ],
  ["strings", { type: "array", items: { type: "string" }, maxItems: 5 }, { kind: "tags", maxItems: 5 }],
  [
    "localized name",
    {
      type: "object",
      kind: "localized",
      properties: { ru: { type: "string", minLength: 1, maxLength: 100 }, en: { type: "string" } },
    },
    { kind: "localized", minLength: 1, maxLength: 100 },
  ],
  ["row key", { type: "string", kind: "key", pattern: "^[a-z]+$" }, { kind: "key", pattern: "^[a-z]+$" }],
  ["numbers list", { type: "array", items: { type: "number" } }, { kind: "unsupported", reason: "array" }],
  [
    "mixed union",
    { anyOf: [{ type: "string" }, { type: "number" }] },
    { kind: "unsupported", reason: "union" },
  ],
  ["anything", {}, { kind: "unsupported", reason: "unknown" }],
];

describe("fieldsOf: one JSON schema node → one field", () => {
  it.each(cases)("%s", (_, node, expected) => {
    const [field] = fieldsOf({ type: "object", properties: { value: node } }, new Set());
    expect(field).toMatchObject({ key: "value", ...expected });
  });

  it("keeps titles, hints, required flags and the refusal text in both languages", () => {
    const [field] = fieldsOf(
      {
        type: "object",
        properties: {
          inn: {
            type: "string",
            title: ru("ИНН"),
            description: ru("10 или 12 цифр"),
            invalid: ru("Неверный ИНН"),
          },
        },
        required: ["inn"],
      },
      new Set(),
    );
    expect(field).toMatchObject({
      required: true,
      title: ru("ИНН"),
      description: ru("10 или 12 цифр"),
      invalid: ru("Неверный ИНН"),
    });
  });

  it("reads an array of objects as a list of sub-forms with its bounds and row word", () => {
    const [list] = fieldsOf(
      {
        type: "object",
        properties: {
          reasons: {
            type: "array",
            minItems: 1,
            maxItems: 50,
            item: ru("Причина"),
            items: {
              type: "object",
              properties: { key: { type: "string", kind: "key" }, note: { type: "boolean", default: false } },
              required: ["key"],
            },
          },
        },
      },
      new Set(),
    );
    expect(list).toMatchObject({ kind: "list", minItems: 1, maxItems: 50, item: ru("Причина") });
    if (list?.kind !== "list") throw new Error("a list");
    expect(list.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ["key", "key", true],
      ["note", "boolean", false],
    ]);
  });

  it("reads a discriminated union as variants keyed by the shared const property", () => {
    const [rule] = fieldsOf(
      {
        type: "object",
        properties: {
          won: {
            default: { kind: "full" },
            oneOf: [
              {
                type: "object",
                title: ru("Полная оплата"),
                properties: { kind: { type: "string", const: "full" } },
              },
              {
                type: "object",
                title: ru("Предоплата"),
                properties: {
                  kind: { type: "string", const: "pre" },
                  percent: { type: "integer", kind: "percent" },
                },
                required: ["kind", "percent"],
              },
            ],
          },
        },
      },
      new Set(),
    );
    if (rule?.kind !== "variant") throw new Error("a variant");
    expect(rule.discriminator).toBe("kind");
    expect(
      rule.variants.map((v) => [v.value, v.label, v.fields.map((f) => [f.key, f.kind, f.required])]),
    ).toEqual([
      ["full", ru("Полная оплата"), []],
      ["pre", ru("Предоплата"), [["percent", "number", true]]],
    ]);
  });

  it("marks secrets by dotted path, also inside nested objects", () => {
    const fields = fieldsOf(
      {
        type: "object",
        properties: {
          token: { type: "string" },
          smtp: { type: "object", properties: { password: { type: "string", maxLength: 1000 } } },
        },
      },
      new Set(["token", "smtp.password"]),
    );
    expect(fields[0]).toMatchObject({ secret: true });
    const smtp = fields[1];
    if (smtp?.kind !== "object") throw new Error("an object");
    expect(smtp.fields[0]).toMatchObject({ kind: "string", secret: true, multiline: false });
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
