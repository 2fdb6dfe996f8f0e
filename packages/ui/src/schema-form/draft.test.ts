import { describe, expect, it } from "vitest";
import { settingsOf } from "./collect.ts";
import { draftOf, getAt, moveItem, setAt } from "./draft.ts";
import { pathsOf } from "./field-paths.ts";
import { fieldsOf } from "./schema-walk.ts";

const fields = fieldsOf(
  {
    type: "object",
    properties: {
      token: { type: "string" },
      limit: { default: 10, type: "integer", minimum: 1, maximum: 100 },
      share: { type: "number" },
      mode: { type: "string", enum: ["a", "b"] },
      tags: { type: "array", items: { type: "string" } },
      smtp: { type: "object", properties: { port: { type: "integer" }, on: { type: "boolean" } } },
      target: { default: 0, type: "integer", minimum: 0, maximum: 1_000_000_000_000, kind: "money" },
      bik: { default: "", type: "string", maxLength: 9, pattern: "^\\d{9}$" },
      won: {
        default: { kind: "full" },
        oneOf: [
          { type: "object", properties: { kind: { type: "string", const: "full" } } },
          {
            type: "object",
            properties: {
              kind: { type: "string", const: "pre" },
              percent: { type: "integer", minimum: 1, maximum: 100 },
            },
            required: ["kind", "percent"],
          },
        ],
      },
      reasons: {
        default: [{ key: "price", label: { ru: "Цена", en: "Price" } }],
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          properties: {
            key: { type: "string", kind: "key" },
            label: {
              type: "object",
              kind: "localized",
              properties: { ru: { type: "string", minLength: 1 }, en: { type: "string", minLength: 1 } },
            },
            note: { type: "boolean", default: false },
          },
          required: ["key", "label"],
        },
      },
    },
    required: ["token", "mode"],
  },
  new Set(["token"]),
);

const filled = () => ({ ...draftOf(fields, {}), token: "t", mode: "b" });

describe("draftOf", () => {
  it("fills gaps with defaults, keeps numbers as text and shows money in roubles", () => {
    expect(draftOf(fields, { token: "••••••", smtp: { port: 587 }, target: 15_000_050 }, "ru")).toEqual({
      token: "••••••",
      limit: "10",
      share: "",
      mode: "",
      tags: [],
      smtp: { port: "587", on: false },
      target: "150\u00a0000,50",
      bik: "",
      won: { kind: "full" },
      reasons: [{ key: "price", label: { ru: "Цена", en: "Price" }, note: false }],
    });
    expect(draftOf(fields, { target: 100_000_000 }, "en").target).toBe("1000000");
  });

  it.each([
    ["ru", 150_000_050],
    ["en", 150_000_050],
    ["ru", 100_000_000],
    ["en", 7],
  ] as const)("gives back the stored money untouched (%s, %i kopecks)", (locale, target) => {
    const draft = { ...draftOf(fields, { target }, locale), token: "t", mode: "a" };
    expect(settingsOf(fields, draft).settings.target).toBe(target);
  });

  it("keeps the stored variant's own fields", () => {
    expect(draftOf(fields, { won: { kind: "pre", percent: 30 } }).won).toEqual({
      kind: "pre",
      percent: "30",
    });
  });
});

describe("settingsOf", () => {
  it("parses numbers (a decimal comma too), money back to kopecks, and leaves blank optional values out", () => {
    const draft = { ...filled(), share: "0,5", tags: ["x"], target: "1 500,25" };
    expect(settingsOf(fields, draft)).toEqual({
      settings: {
        token: "t",
        limit: 10,
        share: 0.5,
        mode: "b",
        tags: ["x"],
        smtp: { on: false },
        target: 150_025,
        bik: "",
        won: { kind: "full" },
        reasons: [{ key: "price", label: { ru: "Цена", en: "Price" }, note: false }],
      },
      errors: {},
    });
  });

  it.each([
    ["money with three decimals", "target", "10,505", { code: "tooPrecise" }],
    [
      "money above the limit, in kopecks",
      "target",
      "10 000 000 001",
      { code: "tooLarge", limit: 1e12, money: true },
    ],
    ["money below zero", "target", "-1", { code: "tooSmall", limit: 0, money: true }],
    ["not a number", "limit", "abc", { code: "notNumber" }],
    ["a fraction in a whole number", "smtp.port", "2.5", { code: "notInteger" }],
    ["below the minimum", "limit", "0", { code: "tooSmall", limit: 1 }],
    ["above the maximum", "limit", "101", { code: "tooLarge", limit: 100 }],
    ["a text off its pattern", "bik", "12345", { code: "pattern" }],
    ["a text too long", "bik", "1234567890", { code: "tooLong", limit: 9 }],
  ])("refuses %s at its path", (_, path, typed, error) => {
    expect(settingsOf(fields, setAt(filled(), path, typed)).errors).toEqual({ [path]: error });
  });

  it("names required values by path", () => {
    expect(settingsOf(fields, draftOf(fields, {})).errors).toEqual({
      token: { code: "required" },
      mode: { code: "required" },
    });
  });

  it("submits the chosen variant with its own fields and checks them", () => {
    const draft = setAt(filled(), "won", { kind: "pre", percent: "30" });
    expect(settingsOf(fields, draft).settings.won).toEqual({ kind: "pre", percent: 30 });
    expect(settingsOf(fields, setAt(draft, "won.percent", "0")).errors).toEqual({
      "won.percent": { code: "tooSmall", limit: 1 },
    });
  });

  it("gives a new row a code from its English name, unique in the list, and checks both names", () => {
    const reasons = [
      { key: "price", label: { ru: "Цена", en: "Price" }, note: false },
      { key: "", label: { ru: "Дорого", en: "Price" }, note: true },
      { key: "", label: { ru: "Сроки", en: "" }, note: false },
    ];
    const result = settingsOf(fields, { ...filled(), reasons });
    expect(result.errors).toEqual({ "reasons.2.label.en": { code: "required" } });
    expect((result.settings.reasons as { key: string }[]).map((r) => r.key)).toEqual([
      "price",
      "price-2",
      "item",
    ]);
  });

  it("refuses an empty list below its minimum", () => {
    expect(settingsOf(fields, { ...filled(), reasons: [] }).errors).toEqual({
      reasons: { code: "tooFew", limit: 1 },
    });
  });
});

describe("a setting the form cannot show", () => {
  it("keeps its stored value on save, untouched", () => {
    const odd = fieldsOf(
      { type: "object", properties: { weights: { type: "array", items: { type: "number" } } } },
      new Set(),
    );
    expect(odd[0]?.kind).toBe("unsupported");
    expect(settingsOf(odd, draftOf(odd, { weights: [0.5, 2] }))).toEqual({
      settings: { weights: [0.5, 2] },
      errors: {},
    });
  });
});

describe("pathsOf", () => {
  it("lists the path of every field shown, list rows and the chosen variant's fields included", () => {
    const draft = setAt(filled(), "won", { kind: "pre", percent: "" });
    expect(pathsOf(fields, draft)).toEqual(
      expect.arrayContaining([
        "won",
        "won.percent",
        "reasons.0.label",
        "reasons.0.label.ru",
        "reasons.0.note",
        "smtp.port",
      ]),
    );
  });
});

describe("setAt / getAt / moveItem", () => {
  it("replaces a nested value, in objects and list rows, without touching the original", () => {
    const draft = { smtp: { port: "25", on: true }, rows: [{ name: "a" }, { name: "b" }] };
    const next = setAt(setAt(draft, "smtp.port", "587"), "rows.1.name", "c");
    expect(getAt(next, "smtp.port")).toBe("587");
    expect(getAt(next, "smtp.on")).toBe(true);
    expect(getAt(next, "rows.1.name")).toBe("c");
    expect(Array.isArray(next.rows)).toBe(true);
    expect(draft.smtp.port).toBe("25");
    expect(draft.rows[1]?.name).toBe("b");
  });

  it.each([
    [1, -1, ["b", "a", "c"]],
    [1, 1, ["a", "c", "b"]],
    [0, -1, ["a", "b", "c"]],
    [2, 1, ["a", "b", "c"]],
  ])("moves row %i by %i", (index, by, expected) => {
    expect(moveItem(["a", "b", "c"], index, by)).toEqual(expected);
  });
});
