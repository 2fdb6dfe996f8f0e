import { describe, expect, it } from "vitest";
import { type SignUpOffer, type SignUpPolicyView, signUpOffer } from "./sign-up-offer.ts";

describe("signUpOffer", () => {
  const cases: [SignUpPolicyView["policy"], boolean, boolean, SignUpOffer][] = [
    ["open", false, false, "form"],
    ["invitation", false, false, "invitationOnly"],
    ["invitation", false, true, "form"],
    ["invitation", true, false, "form"],
    ["closed", false, false, "closed"],
    ["closed", false, true, "closed"],
    ["closed", true, false, "form"],
  ];
  it.each(cases)("%s, first user %s, invitation %s → %s", (policy, firstUser, withInvitation, expected) => {
    expect(signUpOffer({ policy, verifyEmail: false, firstUser }, withInvitation)).toBe(expected);
  });
});
