import { describe, expect, it } from "vitest";
import { referralRefusal } from "./referral-check.ts";

describe("referralRefusal", () => {
  it.each([
    [
      "a fresh referral",
      { clientId: "a", referrerId: "b", referrerOfClient: null, referrerOfReferrer: null },
      null,
    ],
    [
      "the referrer was referred by someone else",
      { clientId: "a", referrerId: "b", referrerOfClient: null, referrerOfReferrer: "c" },
      null,
    ],
    [
      "a client referring itself",
      { clientId: "a", referrerId: "a", referrerOfClient: null, referrerOfReferrer: null },
      "self",
    ],
    [
      "a client already referred",
      { clientId: "a", referrerId: "b", referrerOfClient: "c", referrerOfReferrer: null },
      "already-referred",
    ],
    [
      "the same referral twice",
      { clientId: "a", referrerId: "b", referrerOfClient: "b", referrerOfReferrer: null },
      "already-referred",
    ],
    [
      "a referral back to whom one referred",
      { clientId: "a", referrerId: "b", referrerOfClient: null, referrerOfReferrer: "a" },
      "circular",
    ],
  ] as const)("%s", (_, input, expected) => {
    expect(referralRefusal(input)).toBe(expected);
  });
});
