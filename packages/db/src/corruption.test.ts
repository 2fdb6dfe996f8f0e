import { LibsqlError } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { isCorruption } from "./corruption.ts";

const libsql = (code: string, rawCode?: number) =>
  new LibsqlError(`${code}: failed`, code, undefined, rawCode);

describe("isCorruption", () => {
  it.each([
    ["garbage over the header", libsql("SQLITE_NOTADB", 26), true],
    ["a damaged page", libsql("SQLITE_CORRUPT", 11), true],
    ["a damaged index (extended code)", libsql("SQLITE_CORRUPT_INDEX", 779), true],
    ["only the raw code", Object.assign(new Error("x"), { rawCode: 11 }), true],
    ["wrapped by drizzle", new Error("Failed query", { cause: libsql("SQLITE_CORRUPT", 11) }), true],
    ["a busy database", libsql("SQLITE_BUSY", 5), false],
    ["a constraint", libsql("SQLITE_CONSTRAINT_UNIQUE", 2067), false],
    ["a closed client", libsql("CLIENT_CLOSED"), false],
    ["a plain error", new Error("boom"), false],
    ["not an error", "SQLITE_CORRUPT", false],
  ])("%s → %s", (_case, error, expected) => {
    expect(isCorruption(error)).toBe(expected);
  });
});
