import { describe, expect, it } from "vitest";
import { isTemporary } from "./mail-document.ts";

describe("which mail failures are worth another try", () => {
  it.each([
    [
      "no answer (connection refused)",
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNECTION" }),
      true,
    ],
    ["a timeout", Object.assign(new Error("Timeout"), { code: "ETIMEDOUT" }), true],
    ["451 try again later", Object.assign(new Error("451 Try again later"), { responseCode: 451 }), true],
    [
      "550 mailbox unavailable",
      Object.assign(new Error("550 Mailbox unavailable"), { responseCode: 550 }),
      false,
    ],
    ["553 bad address", Object.assign(new Error("553 Bad address"), { responseCode: 553 }), false],
  ])("%s", (_name, error, temporary) => {
    expect(isTemporary(error)).toBe(temporary);
  });
});
