import { catalogData, catalogProblems } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { m } from "./messages.ts";

describe("farming's messages", () => {
  it("pass the catalog check: the plugin's id as namespace, English and Russian, the same parameters", () => {
    expect(catalogProblems(catalogData(m) ?? { namespace: "", entries: {} }, "farming")).toEqual([]);
  });
});
