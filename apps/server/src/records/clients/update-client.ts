import { DomainError, recordMessages, type ServiceContext, type WriteScope } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { changedFields } from "./changed-fields.ts";
import type { UpdateClientInput } from "./client-inputs.ts";
import { contactsOf } from "./contacts/contact-rows.ts";
import { fieldDefs } from "./custom-fields/list-fields.ts";
import { validateCustomFields } from "./custom-fields/validate-custom-fields.ts";
import { writableClient } from "./find-client.ts";
import { type ClientDuplicate, findDuplicateClients } from "./find-duplicates.ts";
import { keysOfClient } from "./input-keys.ts";
import { reindexClient } from "./reindex-client.ts";

/**
 * Replaces a client's fields (`clientInput`; stage, tier and owners change through their own
 * verbs). With `expectedUpdatedAt`, an edit based on a stale copy is a CONFLICT. Clients that
 * now look like this one come back as `warnings`: an edit is not refused for them.
 */
export async function updateClient({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: UpdateClientInput;
}): Promise<{ id: string; updatedAt: number; warnings: ClientDuplicate[] }> {
  return ctx.org.write(ctx.actor, (scope) => updateClientIn(ctx, scope, input));
}

/** `updateClient` inside the caller's transaction, for services and plugins that already hold one. */
export async function updateClientIn(
  ctx: ServiceContext,
  scope: WriteScope,
  input: UpdateClientInput,
): Promise<{ id: string; updatedAt: number; warnings: ClientDuplicate[] }> {
  const now = ctx.clock.now();
  const before = await writableClient(scope.tx, ctx.actor, input.id);
  if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== before.updatedAt) {
    throw new DomainError("CONFLICT", recordMessages.staleEdit, {
      details: { updatedAt: before.updatedAt },
    });
  }
  const { id, expectedUpdatedAt: _, ...fields } = input;
  const keys = keysOfClient(fields, await contactsOf(scope.tx, id));
  const changes = {
    ...fields,
    nameNormalized: keys.name,
    customFields: validateCustomFields(await fieldDefs(scope.tx), fields.customFields),
  };
  const updatedAt = Math.max(now, before.updatedAt + 1);
  await scope.tx
    .update(clients)
    .set({ ...changes, updatedAt })
    .where(eq(clients.id, id));
  await reindexClient(scope.tx, id);
  await scope.audit({
    action: "core.client.update",
    entity: "client",
    entityId: id,
    ...changedFields(before, changes),
  });
  const warnings = await findDuplicateClients(scope.tx, keys, { excludeId: id, actor: ctx.actor });
  return { id, updatedAt, warnings };
}
