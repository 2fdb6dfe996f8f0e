import { describe, expect, it } from "vitest";
import { fieldBound, refusalText } from "./refusal-text.ts";
import { failureOf, type ServerFailure } from "./server-failure.ts";

/** A tRPC client error as the client throws it: the worded message and the formatter's data. */
const clientError = (message: string, data: Record<string, unknown>) =>
  Object.assign(new Error(message), { data: { code: "BAD_REQUEST", ...data } });

describe("failureOf", () => {
  it("reads the server's keys beside its words, never from them", () => {
    const failure = failureOf(
      clientError("Проверьте данные — classes.aShare: Не больше 1", {
        domainCode: "BAD_INPUT",
        messageKey: "core.input.invalidInput",
        params: { summary: "classes.aShare: Не больше 1" },
        fields: { "classes.aShare": "Не больше 1" },
        fieldKeys: { "classes.aShare": { key: "core.input.atMost", params: { maximum: 1, count: 1 } } },
      }),
    );
    expect(failure).toMatchObject({
      messageKey: "core.input.invalidInput",
      fields: { "classes.aShare": "Не больше 1" },
      fieldKeys: { "classes.aShare": { key: "core.input.atMost", params: { maximum: 1, count: 1 } } },
    });
  });

  it.each([
    ["no data: the server was not reached", new TypeError("fetch failed")],
    ["data without keys", clientError("Нет доступа", { code: "FORBIDDEN" })],
    [
      "keys of the wrong shape",
      clientError("x", { messageKey: 7, fieldKeys: { a: "text", b: { params: {} } } }),
    ],
  ])("%s: no keys", (_, error) =>
    expect(failureOf(error)).toMatchObject({ messageKey: null, params: {}, fieldKeys: {} }),
  );
});

describe("refusalText", () => {
  const base: ServerFailure = failureOf(clientError("", {}));
  it.each<[string, Partial<ServerFailure>, string | null]>([
    ["the server not reached", { code: null, message: "fetch failed" }, null],
    [
      "a refusal by its message",
      { message: "Сделка выиграна и больше не меняется" },
      "Сделка выиграна и больше не меняется",
    ],
    [
      "an input check by its first field message",
      {
        messageKey: "core.input.invalidInput",
        message: "Проверьте данные — days: …",
        fields: { days: "Не меньше 1 дня" },
      },
      "Не меньше 1 дня",
    ],
    [
      "another message with fields by its message",
      { messageKey: "farming.dealWon", message: "Сделка выиграна", fields: { dealId: "Выберите сделку" } },
      "Сделка выиграна",
    ],
  ])("%s", (_, failure, expected) => expect(refusalText({ ...base, ...failure })).toBe(expected));
});

describe("fieldBound", () => {
  it.each([
    ["at most", { key: "core.input.atMost", params: { maximum: 1, count: 1 } }, { side: "max", limit: 1 }],
    ["at least", { key: "core.input.atLeast", params: { minimum: 0, count: 0 } }, { side: "min", limit: 0 }],
    ["another message", { key: "farming.shareOrder", params: {} }, null],
    ["a bound without its number", { key: "core.input.atMost", params: {} }, null],
    ["no key", undefined, null],
  ])("%s", (_, ref, expected) => expect(fieldBound(ref)).toEqual(expected));
});
