import type { ServiceContext, WriteScope } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { fieldDefs } from "./custom-fields/list-fields.ts";
import { validateCustomFields } from "./custom-fields/validate-custom-fields.ts";
import { writableClient } from "./find-client.ts";

/**
 * Sets some custom fields of a client by key inside the caller's transaction (a plugin fills in
 * what it learned); the others keep their values, `null` clears one. Validated like an edit.
 */
export async function setCustomFieldsIn(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  values: Readonly<Record<string, unknown>>,
): Promise<void> {
  const client = await writableClient(scope.tx, ctx.actor, clientId);
  const customFields = validateCustomFields(await fieldDefs(scope.tx), { ...client.customFields, ...values });
  await scope.tx
    .update(clients)
    .set({ customFields, updatedAt: ctx.clock.now() })
    .where(eq(clients.id, clientId));
  await scope.audit({
    action: "core.client.fields",
    entity: "client",
    entityId: clientId,
    before: client.customFields,
    after: customFields,
  });
}
