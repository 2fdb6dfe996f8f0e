import type { PbxCallResult } from "../../../db/calling.ts";

/**
 * The PBX's end of the call dialled in the current claim, or null: a result left from an earlier
 * claim of the record (ended before this one was taken) is not this call's.
 */
export function dialledResult(member: {
  pbxCall: PbxCallResult | null;
  claimedAt: number | null;
}): PbxCallResult | null {
  const result = member.pbxCall;
  if (!result || (member.claimedAt !== null && result.endedAt < member.claimedAt)) return null;
  return result;
}
