import type { Actor, AuditEntry } from "@quartet/core";
import type { PeopleDeps } from "./deps.ts";

/** Records a control-database change in the organisation's audit log. */
export async function recordAudit(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  entry: AuditEntry,
): Promise<void> {
  const org = await deps.runtime(orgId);
  await org.write(actor, (scope) => scope.audit(entry));
}
