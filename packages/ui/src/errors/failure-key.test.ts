import { describe, expect, it } from "vitest";
import type { KnownMessage } from "../i18n/message-key.ts";
import { failureKey } from "./failure-key.ts";
import type { ServerFailure } from "./server-failure.ts";

const known: readonly KnownMessage[] = [[/^Name the deal$/, "nameDeal", []]];
const base: ServerFailure = {
  code: "BAD_REQUEST",
  domainCode: "BAD_INPUT",
  message: "",
  fields: {},
  details: {},
};

describe("failureKey", () => {
  it.each<[string, ServerFailure, unknown]>([
    ["a known message", { ...base, message: "Name the deal" }, { key: "nameDeal" }],
    ["a known field message", { ...base, fields: { title: "Name the deal" } }, { key: "nameDeal" }],
    ["an unknown refusal by its code", { ...base, code: "FORBIDDEN" }, { key: "forbidden" }],
    ["an unknown code", { ...base, code: "TEAPOT" }, { key: "unknown" }],
    ["the server not reached", { ...base, code: null }, { key: "offline" }],
  ])("%s", (_, failure, expected) => expect(failureKey(failure, known)).toEqual(expected));
});
