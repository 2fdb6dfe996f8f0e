import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.ts";
import { planSearch } from "./search.ts";

describe("planSearch", () => {
  it.each([
    ["8 (495) 123-45-67", [{ kind: "phone", value: "+74951234567" }]],
    [" Info@Romashka.RU ", [{ kind: "email", value: "info@romashka.ru" }]],
    [
      "7707 083 893",
      [
        { kind: "inn", value: "7707083893" },
        { kind: "phone", value: "+77707083893" },
      ],
    ],
    ["7707083894", [{ kind: "phone", value: "+77707083894" }]],
    ["https://www.romashka.ru/contacts", [{ kind: "domain", value: "romashka.ru" }]],
    ["mail.ru", []],
    ["ООО Ромашка", []],
    ["Яндекс.Маркет", []],
    ["12-34", []],
  ])("%s → %j", (text, keys) => {
    expect(planSearch(text).keys).toEqual(keys);
  });

  it("always keeps the normalized name to fall back on", () => {
    expect(planSearch("ООО «Ромашка»").name).toBe("ромашка");
    expect(planSearch("ООО").name).toBe("");
  });
});

describe("list cursors", () => {
  it("round-trips and refuses a cursor of another sort or a damaged one, naming the cursor", () => {
    const cursor = encodeCursor({ sort: "name", order: "asc", value: "ромашка", id: "cli_1" });
    expect(decodeCursor(cursor, "name", "asc")).toEqual({
      sort: "name",
      order: "asc",
      value: "ромашка",
      id: "cli_1",
    });
    for (const [text, sort, order] of [
      [cursor, "name", "desc"],
      [cursor, "updatedAt", "asc"],
      ["not-a-cursor", "name", "asc"],
      [Buffer.from('["name","asc",5,"cli_1"]').toString("base64url"), "name", "asc"],
    ] as const) {
      expect(() => decodeCursor(text, sort, order)).toThrow(
        expect.objectContaining({ fields: { cursor: expect.any(String) } }),
      );
    }
  });
});
