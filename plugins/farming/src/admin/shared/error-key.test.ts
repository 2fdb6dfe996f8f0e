import { failureOf } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { errorKeyOf } from "./error-key.ts";

/** A refusal as the tRPC client throws it. */
const refusal = (code: string, message: string, fields: Record<string, string> = {}) =>
  Object.assign(new Error(message), { data: { code, domainCode: null, fields, details: null } });

describe("errorKeyOf", () => {
  it.each([
    ["a lost deal moved", refusal("CONFLICT", "The deal is lost: reopen it first"), { key: "dealLost" }],
    [
      "a second invoice",
      refusal("CONFLICT", "The deal is invoiced already: order 2026-0042"),
      { key: "invoicedAlready", params: { number: "2026-0042" } },
    ],
    [
      "«other» without a note",
      refusal("BAD_REQUEST", 'The reason "other" needs a note: say why the deal was lost', {
        note: "Say in a few words why the deal was lost",
      }),
      { key: "lostNote" },
    ],
    [
      "a field message of the input check",
      refusal("BAD_REQUEST", "Invalid input — title: Name the deal", { title: "Name the deal" }),
      { key: "nameDeal" },
    ],
    ["a refusal farming does not word", refusal("FORBIDDEN", "Plugin not enabled"), { key: "forbidden" }],
    ["the server not reached", new Error("Failed to fetch"), { key: "offline" }],
  ])("%s", (_, error, expected) => {
    expect(errorKeyOf(failureOf(error))).toEqual(expected);
  });
});
