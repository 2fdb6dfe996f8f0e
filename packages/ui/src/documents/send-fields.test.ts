import { describe, expect, it } from "vitest";
import { sendFieldErrors } from "./send-fields.ts";

describe("sendFieldErrors", () => {
  it.each([
    [{ to: "Enter at least one email address" }, { to: "Enter at least one email address" }],
    [{ "to.1": "Enter a valid email" }, { to: "Enter a valid email" }],
    [{ "to.0": "first", "to.2": "third" }, { to: "first" }],
    [
      { subject: "Too long", message: "Too long too" },
      { subject: "Too long", message: "Too long too" },
    ],
    [{ documentId: "Choose a document" }, {}],
    [{}, {}],
  ])("%j → %j", (fields, expected) => {
    expect(sendFieldErrors(fields)).toEqual(expected);
  });
});
