import { catalogData, catalogProblems } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { m } from "./messages.ts";

describe("vip's messages", () => {
  it("pass the catalog check: the plugin's id as namespace, English and Russian, the same parameters", () => {
    expect(catalogProblems(catalogData(m) ?? { namespace: "", entries: {} }, "vip")).toEqual([]);
  });
});
