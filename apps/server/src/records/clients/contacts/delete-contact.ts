import type { ServiceContext } from "@quartet/core";
import { contacts } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterContactChange, writableContact } from "./contact-access.ts";
import { ensureOnePrimary } from "./contact-rows.ts";

/** Deletes a contact; its phones and emails stop matching the client, the primary mark passes on. */
export async function deleteContact({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { contactId: string };
}): Promise<{ id: string }> {
  const now = ctx.clock.now();
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await writableContact(scope.tx, ctx.actor, input.contactId);
    await scope.tx.delete(contacts).where(eq(contacts.id, input.contactId));
    await ensureOnePrimary(scope.tx, before.clientId);
    await afterContactChange(scope.tx, before.clientId, now);
    await scope.audit({
      action: "core.contact.delete",
      entity: "contact",
      entityId: input.contactId,
      before,
    });
    return { id: input.contactId };
  });
}
