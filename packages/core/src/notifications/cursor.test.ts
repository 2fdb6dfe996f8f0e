import { describe, expect, it } from "vitest";
import { newId } from "../ids.ts";
import { decodeCursor, encodeCursor } from "./cursor.ts";

describe("notification list cursor", () => {
  it("round-trips the last id of a page", () => {
    const id = newId("ntf", 1_700_000_000_000);
    expect(decodeCursor(encodeCursor(id))).toBe(id);
  });

  it.each(["", "garbage", encodeCursor("cli_01jh3k9q2x7c4v8m5n6p0rstwz"), encodeCursor("ntf_' or 1=1 --")])(
    "refuses %j",
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull();
    },
  );
});
