import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { clients, customFieldDefs } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";

/** Deletes a custom field and removes its values from every client, in one transaction. */
export async function deleteField({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { id: string };
}): Promise<{ id: string; clientsCleared: number }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const [before] = await scope.tx.select().from(customFieldDefs).where(eq(customFieldDefs.id, input.id));
    if (!before)
      throw new DomainError("NOT_FOUND", recordMessages.noSuchField, {
        fields: { id: recordMessages.noSuchField },
      });
    const path = `$.${before.key}`; // keys match ^[a-z][a-z0-9_]*$, a plain JSON path
    const cleared = await scope.tx
      .update(clients)
      .set({ customFields: sql`json_remove(${clients.customFields}, ${path})` })
      .where(sql`json_type(${clients.customFields}, ${path}) is not null`);
    await scope.tx.delete(customFieldDefs).where(eq(customFieldDefs.id, input.id));
    await scope.audit({
      action: "core.field.delete",
      entity: "custom-field",
      entityId: input.id,
      before,
      after: { clientsCleared: cleared.rowsAffected },
    });
    return { id: input.id, clientsCleared: cleared.rowsAffected };
  });
}
