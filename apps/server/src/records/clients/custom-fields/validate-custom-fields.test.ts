import { describe, expect, it } from "vitest";
import { type FieldDef, isCalendarDate, validateCustomFields } from "./validate-custom-fields.ts";

const def = (key: string, type: FieldDef["type"], extra: Partial<FieldDef> = {}): FieldDef => ({
  id: `cfd_${key}`,
  key,
  label: { en: key, ru: key },
  type,
  options: [],
  required: false,
  createdAt: 0,
  ...extra,
});
const defs = [
  def("size", "number", { required: true }),
  def("segment", "select", { options: ["A", "B"] }),
  def("since", "date"),
  def("dealer", "boolean"),
  def("note", "text"),
];

describe("validateCustomFields", () => {
  it("cleans valid values: blanks and nulls dropped, text trimmed", () => {
    expect(
      validateCustomFields(defs, {
        size: 0,
        segment: "A",
        since: "2024-02-29",
        dealer: false,
        note: " x ",
        old: null,
      }),
    ).toEqual({
      size: 0,
      segment: "A",
      since: "2024-02-29",
      dealer: false,
      note: "x",
    });
  });

  it.each([
    [{}, "customFields.size"],
    [{ size: 1, extra: "x" }, "customFields.extra"],
    [{ size: Number.NaN }, "customFields.size"],
    [{ size: "1" }, "customFields.size"],
    [{ size: 1, segment: "C" }, "customFields.segment"],
    [{ size: 1, since: "2023-02-29" }, "customFields.since"],
    [{ size: 1, dealer: 1 }, "customFields.dealer"],
    [{ size: 1, note: true }, "customFields.note"],
    [{ size: "  " }, "customFields.size"],
  ])("%j is refused at %s", (values, field) => {
    expect(() => validateCustomFields(defs, values)).toThrow(
      expect.objectContaining({ code: "BAD_INPUT", fields: { [field]: expect.any(String) } }),
    );
  });

  it.each([
    ["2024-02-29", true],
    ["2023-02-29", false],
    ["2024-13-01", false],
    ["24-01-01", false],
  ])("isCalendarDate(%s) is %s", (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });
});
