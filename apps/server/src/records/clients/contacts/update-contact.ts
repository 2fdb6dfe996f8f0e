import type { ContactInput, ServiceContext } from "@quartet/core";
import { contacts } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { changedFields } from "../changed-fields.ts";
import { type ClientDuplicate, findDuplicateClients } from "../find-duplicates.ts";
import { keysOfClient } from "../input-keys.ts";
import { afterContactChange, writableContact } from "./contact-access.ts";
import { ensureOnePrimary } from "./contact-rows.ts";

/**
 * Replaces a contact's fields. Marking it primary takes the mark from the others; unmarking the
 * primary passes it to the oldest contact, so a client with contacts always has one.
 */
export async function updateContact({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ContactInput & { contactId: string };
}): Promise<{ id: string; warnings: ClientDuplicate[] }> {
  const now = ctx.clock.now();
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await writableContact(scope.tx, ctx.actor, input.contactId);
    const { contactId, ...fields } = input;
    const changes = { ...fields, role: fields.role ?? "other", updatedAt: now };
    await scope.tx.update(contacts).set(changes).where(eq(contacts.id, contactId));
    await ensureOnePrimary(scope.tx, before.clientId, fields.isPrimary ? contactId : undefined);
    await afterContactChange(scope.tx, before.clientId, now);
    const { updatedAt: _, ...audited } = changes;
    await scope.audit({
      action: "core.contact.update",
      entity: "contact",
      entityId: contactId,
      ...changedFields(before, audited),
    });
    const keys = keysOfClient({ name: "", phones: fields.phones, emails: fields.emails });
    const warnings = await findDuplicateClients(scope.tx, keys, {
      excludeId: before.clientId,
      actor: ctx.actor,
    });
    return { id: contactId, warnings };
  });
}
