import { describe, expect, it } from "vitest";
import { newId } from "../ids.ts";
import { idCursor } from "./id-cursor.ts";

describe("idCursor", () => {
  const cursor = idCursor("aud");
  it("accepts an id of its kind", () => {
    const id = newId("aud");
    expect(cursor.parse(id)).toBe(id);
  });

  it.each([
    ["garbage", "zzz"],
    ["an empty text", ""],
    ["another kind of id", newId("cli")],
    ["an id with a tail", `${newId("aud")}'--`],
    ["an encoded cursor of another list", Buffer.from('[1,"x"]').toString("base64url")],
  ])("refuses %s with the cursor message", (_, text) => {
    const result = cursor.safeParse(text);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("core.records.invalidCursor");
  });
});
