import { describe, expect, it } from "vitest";
import { mappingOf } from "./upload-csv.ts";

describe("mappingOf", () => {
  it("keeps skipped columns as null", () => {
    expect(
      mappingOf([
        { header: "Название компании", field: "name" },
        { header: "Бюджет", field: null },
      ]),
    ).toEqual({ "Название компании": "name", Бюджет: null });
  });
});
