import type { MessageRef } from "@quartet/core";
import { signUpMessages } from "./messages.ts";
import type { SignUpPolicy } from "./settings.ts";

/** The invitation a sign-up carries: none, one that no longer works, or a usable one for an address. */
export type InvitationHeld = { kind: "none" } | { kind: "unusable" } | { kind: "usable"; email: string };

/** Whether an account may be created, and whether its address counts as confirmed already. */
export type SignUpDecision = { allowed: true; verified: boolean } | { allowed: false; refusal: MessageRef };

/**
 * Decides a sign-up. The first account of a server is always allowed (it becomes the server's
 * administrator). `open` lets anyone in; `invitation` only the address a usable invitation was
 * sent to; `closed` nobody else (people who have accounts can still be invited to organisations).
 * A usable invitation for the same address confirms it: the link came by mail to that address.
 *
 * @example decideSignUp({ policy: "invitation", firstUser: false, email: "a@x.ru", invitation: { kind: "none" } }) // refused: invitationOnly
 */
export function decideSignUp(input: {
  policy: SignUpPolicy;
  firstUser: boolean;
  email: string;
  invitation: InvitationHeld;
}): SignUpDecision {
  const { invitation } = input;
  const invitedHere = invitation.kind === "usable" && invitation.email === input.email.trim().toLowerCase();
  if (input.firstUser) return { allowed: true, verified: false };
  if (input.policy === "closed") return { allowed: false, refusal: { key: signUpMessages.closed } };
  if (input.policy === "open") return { allowed: true, verified: invitedHere };
  if (invitedHere) return { allowed: true, verified: true };
  if (invitation.kind === "usable")
    return {
      allowed: false,
      refusal: { key: signUpMessages.invitationForOther, params: { email: invitation.email } },
    };
  if (invitation.kind === "unusable")
    return { allowed: false, refusal: { key: signUpMessages.invitationUnusable } };
  return { allowed: false, refusal: { key: signUpMessages.invitationOnly } };
}
