import { describe, expect, it } from "vitest";
import { detailList, failureOf, fieldsUnder } from "./server-errors.ts";

class FakeClientError extends Error {
  constructor(
    message: string,
    readonly data: unknown,
  ) {
    super(message);
  }
}

describe("failureOf", () => {
  it("reads the code, domain code, field messages and message keys a tRPC error carries", () => {
    const error = new FakeClientError("Invalid input — name: Name the organisation", {
      code: "BAD_REQUEST",
      httpStatus: 400,
      domainCode: "BAD_INPUT",
      fields: { name: "Name the organisation", timeZone: "Unknown time zone", bad: 3 },
      messageKey: "core.input.invalid",
      params: { count: 2 },
      fieldKeys: { name: { key: "core.org.nameRequired" } },
    });
    expect(failureOf(error)).toEqual({
      code: "BAD_REQUEST",
      domainCode: "BAD_INPUT",
      message: "Invalid input — name: Name the organisation",
      fields: { name: "Name the organisation", timeZone: "Unknown time zone" },
      details: {},
      messageKey: "core.input.invalid",
      params: { count: 2 },
      fieldKeys: { name: { key: "core.org.nameRequired", params: {} } },
    });
  });

  it("reads the details a refusal carries, such as the dependents that block a disable", () => {
    const error = new FakeClientError("Cannot disable", {
      code: "CONFLICT",
      domainCode: "CONFLICT",
      fields: null,
      details: { dependents: ["autodial", "webforms"] },
    });
    expect(detailList(failureOf(error), "dependents")).toEqual(["autodial", "webforms"]);
    expect(detailList(failureOf(error), "other")).toBeNull();
  });

  it("reports no code when the server was not reached", () => {
    expect(failureOf(new TypeError("Failed to fetch"))).toMatchObject({ code: null, fields: {} });
  });

  it("takes null fields as none", () => {
    const error = new FakeClientError("Conflict", { code: "CONFLICT", domainCode: "CONFLICT", fields: null });
    expect(failureOf(error)).toMatchObject({ code: "CONFLICT", fields: {} });
  });
});

describe("fieldsUnder", () => {
  it("keeps the paths under a prefix, relative to it", () => {
    expect(
      fieldsUnder({ "settings.limit": "Too big", "settings.smtp.port": "Bad", pluginId: "x" }, "settings"),
    ).toEqual({
      limit: "Too big",
      "smtp.port": "Bad",
    });
  });
});
