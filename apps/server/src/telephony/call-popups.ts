/**
 * Which members were shown which ringing call, in this process, so a popup shows once per call
 * and member — whether the provider retries the notification or the call rings several of the
 * member's extensions — and closes for everyone it was shown to. A call once closed (answered or
 * ended) is not shown again by a late ringing. The oldest calls are forgotten beyond `limit`.
 */
export function createCallPopups(limit = 1000) {
  const calls = new Map<string, { members: Set<string>; closed: boolean }>();
  const keyOf = (orgId: string, callId: string) => `${orgId}\u0000${callId}`;
  const entry = (key: string) => {
    let found = calls.get(key);
    if (!found) {
      found = { members: new Set(), closed: false };
      calls.set(key, found);
      for (const oldest of calls.keys()) {
        if (calls.size <= limit) break;
        calls.delete(oldest);
      }
    }
    return found;
  };
  return {
    /** True the first time `userId` is to be shown this call while it rings; false afterwards. */
    show(orgId: string, callId: string, userId: string): boolean {
      const call = entry(keyOf(orgId, callId));
      if (call.closed || call.members.has(userId)) return false;
      call.members.add(userId);
      return true;
    },
    /** The members the call was shown to, whose popups close now; the call shows no more. */
    close(orgId: string, callId: string): string[] {
      const call = entry(keyOf(orgId, callId));
      const shown = call.closed ? [] : [...call.members];
      call.closed = true;
      call.members.clear();
      return shown;
    },
  };
}

/** The popups' memory's type. */
export type CallPopups = ReturnType<typeof createCallPopups>;
