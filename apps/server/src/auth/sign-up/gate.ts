import { type Clock, localeOfRequest, wordMessage } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { APIError } from "better-auth/api";
import { decideSignUp, type SignUpDecision } from "./decide.ts";
import { invitationHeld, noUsersYet, policyInForce } from "./instance.ts";
import type { SignUpSettings } from "./settings.ts";

/** The header through which the sign-up page passes the invitation it came from (`/invite?token=…`). */
export const invitationHeader = "x-quartet-invitation";

/** What better-auth's endpoint context gives the gate: the request's headers and body. */
type SignUpContext = { headers?: Headers; body?: unknown };

/**
 * The server's sign-up policy applied to better-auth's `/sign-up/email`: `check` refuses a
 * sign-up the policy does not allow (403, code `SIGN_UP_REFUSED`, worded in the request's
 * language, `messageKey` beside it); `verified` says whether the new address is confirmed
 * already (it came with its invitation). Calls made by the server itself (the demo's team,
 * which carries no request) are not people signing up and pass.
 */
export function signUpGate(deps: { control: DatabaseHandle; settings: SignUpSettings; clock: Clock }) {
  const decide = async (ctx: SignUpContext): Promise<SignUpDecision | null> => {
    if (!ctx.headers) return null;
    const email = (ctx.body as { email?: unknown } | undefined)?.email;
    return decideSignUp({
      policy: await policyInForce(deps.control, deps.settings),
      firstUser: await noUsersYet(deps.control),
      email: typeof email === "string" ? email : "",
      invitation: await invitationHeld(deps.control, ctx.headers.get(invitationHeader), deps.clock.now()),
    });
  };
  return {
    async check(ctx: SignUpContext): Promise<void> {
      const decision = await decide(ctx);
      if (!decision || decision.allowed) return;
      const { key, params } = decision.refusal;
      throw new APIError("FORBIDDEN", {
        code: "SIGN_UP_REFUSED",
        message: wordMessage(localeOfRequest(ctx.headers ?? new Headers()), key, params),
        messageKey: key,
        params,
      });
    },
    async verified(ctx: SignUpContext | null): Promise<boolean> {
      const decision = ctx ? await decide(ctx) : null;
      return decision?.allowed === true && decision.verified;
    },
  };
}
