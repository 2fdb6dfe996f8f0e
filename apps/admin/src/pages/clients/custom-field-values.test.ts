import { describe, expect, it } from "vitest";
import { type CustomFieldDef, customFieldDraftOf, customFieldValuesOf } from "./custom-field-values.ts";

const def = (key: string, type: CustomFieldDef["type"]): CustomFieldDef => ({
  key,
  label: { en: key, ru: key },
  type,
  options: type === "select" ? ["опт", "розница"] : [],
  required: false,
});
const defs = [def("budget", "number"), def("vat", "boolean"), def("channel", "select"), def("since", "date")];

describe("custom field values", () => {
  it("sends numbers as numbers, blanks as null and yes/no as booleans", () => {
    expect(customFieldValuesOf(defs, { budget: "1 500,5", vat: true, channel: "опт", since: " " })).toEqual({
      budget: 1500.5,
      vat: true,
      channel: "опт",
      since: null,
    });
  });

  it("sends a number it cannot read as typed, for the server to name", () => {
    expect(customFieldValuesOf([def("budget", "number")], { budget: "много" })).toEqual({ budget: "много" });
  });

  it("treats a field the form never touched as blank", () => {
    expect(customFieldValuesOf(defs, {})).toEqual({ budget: null, vat: false, channel: null, since: null });
  });

  it("opens stored values for editing", () => {
    expect(customFieldDraftOf(defs, { budget: 100000, vat: true, channel: "опт", other: "x" })).toEqual({
      budget: "100000",
      vat: true,
      channel: "опт",
      since: "",
    });
  });
});
