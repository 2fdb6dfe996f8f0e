/** Why a referral cannot be recorded, or null when it can. */
export type ReferralRefusal = "self" | "already-referred" | "circular";

/**
 * Checks a new referral against what is known: a client is referred at most once, never by itself,
 * and never by the client it referred (a referral does not go both ways).
 *
 * @example referralRefusal({ clientId: "a", referrerId: "b", referrerOfClient: null, referrerOfReferrer: "a" }) // "circular"
 */
export function referralRefusal(input: {
  clientId: string;
  referrerId: string;
  /** Who already referred the client, if anyone. */
  referrerOfClient: string | null;
  /** Who referred the would-be referrer, if anyone. */
  referrerOfReferrer: string | null;
}): ReferralRefusal | null {
  if (input.clientId === input.referrerId) return "self";
  if (input.referrerOfClient !== null) return "already-referred";
  if (input.referrerOfReferrer === input.clientId) return "circular";
  return null;
}
