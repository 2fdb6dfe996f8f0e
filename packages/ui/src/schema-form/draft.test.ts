import { describe, expect, it } from "vitest";
import { draftOf, getAt, setAt, settingsOf } from "./draft.ts";
import { fieldsOf } from "./fields.ts";

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
    },
    required: ["token", "mode"],
  },
  new Set(["token"]),
);

describe("draftOf", () => {
  it("fills gaps with defaults and keeps numbers as the text of their box", () => {
    expect(draftOf(fields, { token: "••••••", smtp: { port: 587 } })).toEqual({
      token: "••••••",
      limit: "10",
      share: "",
      mode: "",
      tags: [],
      smtp: { port: "587", on: false },
    });
  });
});

describe("settingsOf", () => {
  it("parses numbers (a decimal comma too) and leaves blank optional values out", () => {
    const draft = { ...draftOf(fields, {}), token: "t", mode: "b", share: "0,5", tags: ["x"] };
    expect(settingsOf(fields, draft)).toEqual({
      settings: { token: "t", limit: 10, share: 0.5, mode: "b", tags: ["x"], smtp: { on: false } },
      errors: {},
    });
  });

  it("names each problem by dotted path before the server is asked", () => {
    const draft = setAt({ ...draftOf(fields, {}), limit: "0" }, "smtp.port", "2.5");
    expect(settingsOf(fields, draft).errors).toEqual({
      token: { code: "required" },
      mode: { code: "required" },
      limit: { code: "tooSmall", limit: 1 },
      "smtp.port": { code: "notInteger" },
    });
    expect(settingsOf(fields, { ...draft, limit: "abc" }).errors.limit).toEqual({ code: "notNumber" });
    expect(settingsOf(fields, { ...draft, limit: "101" }).errors.limit).toEqual({
      code: "tooLarge",
      limit: 100,
    });
  });
});

describe("setAt / getAt", () => {
  it("replaces a nested value without touching the original", () => {
    const draft = { smtp: { port: "25", on: true } };
    const next = setAt(draft, "smtp.port", "587");
    expect(getAt(next, "smtp.port")).toBe("587");
    expect(getAt(next, "smtp.on")).toBe(true);
    expect(draft.smtp.port).toBe("25");
  });
});
