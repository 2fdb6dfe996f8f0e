import type { DatabaseHandle } from "@quartet/db";

/**
 * Whether an import was started with «fill requisites from the registry»: read from the audit
 * entry of its start (written in the same transaction as the `running` status), since
 * `core_imports` has no column for the choice yet. A resumed import asks it here, not the user.
 */
export async function fillsFromRegistry(handle: DatabaseHandle, importId: string): Promise<boolean> {
  const result = await handle.client.execute({
    sql: "SELECT json_extract(after, '$.fillFromRegistry') AS fill FROM core_audit_log WHERE entity = 'import' AND entity_id = ? AND action = 'core.import.start' LIMIT 1",
    args: [importId],
  });
  return Number(result.rows[0]?.fill ?? 0) === 1;
}
