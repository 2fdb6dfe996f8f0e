import { describe, expect, it } from "vitest";
import { DomainError, type DomainErrorCode, httpStatusOf, isDomainError } from "./errors.ts";

// A record, so adding a code without deciding its status fails to compile here.
const statuses = {
  BAD_INPUT: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PLUGIN_NOT_ENABLED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} satisfies Record<DomainErrorCode, number>;

describe("httpStatusOf", () => {
  it.each(Object.entries(statuses) as [DomainErrorCode, number][])("%s → %d", (code, status) => {
    expect(httpStatusOf(code)).toBe(status);
  });
});

describe("DomainError", () => {
  it("carries its code, message, fields, details and cause", () => {
    const cause = new Error("checksum");
    const error = new DomainError("BAD_INPUT", "Invalid INN", {
      fields: { inn: "Wrong checksum" },
      details: { inn: "7707083894" },
      cause,
    });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: "DomainError",
      code: "BAD_INPUT",
      message: "Invalid INN",
      fields: { inn: "Wrong checksum" },
      details: { inn: "7707083894" },
      cause,
    });
  });

  it("leaves fields and details undefined when not given", () => {
    const error = new DomainError("NOT_FOUND", "No such client");
    expect([error.fields, error.details, error.cause]).toEqual([undefined, undefined, undefined]);
  });
});

describe("isDomainError", () => {
  const foreignCopy = Object.assign(new Error("from another copy"), {
    name: "DomainError",
    code: "CONFLICT",
  });

  it.each([
    ["a DomainError", new DomainError("CONFLICT", "Duplicate"), true],
    ["one from another copy of the module", foreignCopy, true],
    ["a plain Error", new Error("boom"), false],
    [
      "an Error named DomainError without a code",
      Object.assign(new Error("x"), { name: "DomainError" }),
      false,
    ],
    ["a look-alike object", { name: "DomainError", code: "CONFLICT", message: "x" }, false],
    ["null", null, false],
    ["a string", "DomainError", false],
  ])("%s → %s", (_, value, expected) => {
    expect(isDomainError(value)).toBe(expected);
  });
});
