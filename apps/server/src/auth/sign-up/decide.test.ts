import { describe, expect, it } from "vitest";
import { decideSignUp, type InvitationHeld } from "./decide.ts";
import { signUpMessages as m } from "./messages.ts";
import type { SignUpPolicy } from "./settings.ts";

const none: InvitationHeld = { kind: "none" };
const forAnn: InvitationHeld = { kind: "usable", email: "ann@example.ru" };
const forBob: InvitationHeld = { kind: "usable", email: "bob@example.ru" };
const stale: InvitationHeld = { kind: "unusable" };

describe("decideSignUp", () => {
  const cases: [string, SignUpPolicy, boolean, InvitationHeld, ReturnType<typeof decideSignUp>][] = [
    ["the first user under a closed server", "closed", true, none, { allowed: true, verified: false }],
    ["the first user under invitation only", "invitation", true, none, { allowed: true, verified: false }],
    ["anyone when open", "open", false, none, { allowed: true, verified: false }],
    ["an invited address when open, confirmed", "open", false, forAnn, { allowed: true, verified: true }],
    ["a stale invitation when open, unconfirmed", "open", false, stale, { allowed: true, verified: false }],
    [
      "another's invitation when open, unconfirmed",
      "open",
      false,
      forBob,
      { allowed: true, verified: false },
    ],
    ["the invited address, confirmed", "invitation", false, forAnn, { allowed: true, verified: true }],
    ["no invitation", "invitation", false, none, { allowed: false, refusal: { key: m.invitationOnly } }],
    [
      "a stale invitation",
      "invitation",
      false,
      stale,
      { allowed: false, refusal: { key: m.invitationUnusable } },
    ],
    [
      "someone else's invitation",
      "invitation",
      false,
      forBob,
      { allowed: false, refusal: { key: m.invitationForOther, params: { email: "bob@example.ru" } } },
    ],
    ["anyone once closed", "closed", false, none, { allowed: false, refusal: { key: m.closed } }],
    [
      "even an invited address once closed",
      "closed",
      false,
      forAnn,
      { allowed: false, refusal: { key: m.closed } },
    ],
  ];
  it.each(cases)("%s", (_name, policy, firstUser, invitation, expected) => {
    expect(decideSignUp({ policy, firstUser, email: " Ann@Example.ru ", invitation })).toEqual(expected);
  });
});
