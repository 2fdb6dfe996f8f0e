import type { Actor } from "@quartet/core";
import { readinessDismissals } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { ReadinessDeps } from "./deps.ts";

const dayMs = 86_400_000;

/**
 * Hides a readiness signal: for good (`days` absent) or until `days` from now, when it comes back
 * if it still holds. A later dismissal replaces an earlier one. Audited as `core.readiness.dismiss`
 * or `core.readiness.snooze` with the previous and the new state.
 */
export async function dismissSignal(
  deps: ReadinessDeps,
  actor: Actor,
  orgId: string,
  input: { signal: string; days?: number },
): Promise<{ signal: string; until: number | null }> {
  const now = deps.clock.now();
  const row = {
    signal: input.signal,
    until: input.days === undefined ? null : now + input.days * dayMs,
    dismissedBy: actor.id,
    dismissedAt: now,
  };
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    const [before] = await scope.tx
      .select()
      .from(readinessDismissals)
      .where(eq(readinessDismissals.signal, input.signal));
    await scope.tx
      .insert(readinessDismissals)
      .values(row)
      .onConflictDoUpdate({ target: readinessDismissals.signal, set: row });
    await scope.audit({
      action: input.days === undefined ? "core.readiness.dismiss" : "core.readiness.snooze",
      entity: "readiness-signal",
      entityId: input.signal,
      before: before ?? null,
      after: row,
    });
  });
  return { signal: row.signal, until: row.until };
}
