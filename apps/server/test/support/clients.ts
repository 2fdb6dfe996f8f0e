import { newId, systemActor } from "@quartet/core";
import { clients } from "@quartet/db/org";
import type { TestHost } from "./test-host.ts";

/**
 * A client row written straight into the organisation's database ("ООО Ромашка", a lead), as
 * records tests need one without the create procedure's checks; `extra` sets owners or names.
 *
 * @example await seedClient(t, orgId, anna.id, { firstSaleOwnerId: boris.id })
 */
export async function seedClient(
  t: TestHost,
  orgId: string,
  createdBy: string,
  extra: Partial<typeof clients.$inferInsert> = {},
) {
  const now = Date.now();
  const row = {
    ...{ id: newId("cli"), kind: "company" as const, name: "ООО Ромашка", nameNormalized: "ромашка" },
    ...{
      phones: [],
      emails: [],
      tags: [],
      customFields: {},
      stage: "lead" as const,
      tier: "standard" as const,
    },
    ...{ createdBy, createdAt: now, updatedAt: now },
    ...extra,
  };
  await (await t.host.runtime(orgId)).write(systemActor, (scope) => scope.tx.insert(clients).values(row));
  return row;
}
