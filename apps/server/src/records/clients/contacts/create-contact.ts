import type { ContactInput, ServiceContext, WriteScope } from "@quartet/core";
import { writableClient } from "../find-client.ts";
import { type ClientDuplicate, findDuplicateClients } from "../find-duplicates.ts";
import { keysOfClient } from "../input-keys.ts";
import { afterContactChange } from "./contact-access.ts";
import { ensureOnePrimary, insertContact } from "./contact-rows.ts";

/**
 * Adds a contact to a client (the first one, or one marked `isPrimary`, becomes the primary).
 * Other clients that share its phone or email come back as `warnings`.
 */
export async function createContact({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: ContactInput & { clientId: string };
}): Promise<{ id: string; warnings: ClientDuplicate[] }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    await writableClient(scope.tx, ctx.actor, input.clientId);
    return addContactIn(ctx, scope, input.clientId, input);
  });
}

/** `createContact` inside the caller's transaction, for entry points that already hold the client. */
export async function addContactIn(
  ctx: ServiceContext,
  scope: WriteScope,
  clientId: string,
  contact: ContactInput,
): Promise<{ id: string; warnings: ClientDuplicate[] }> {
  const now = ctx.clock.now();
  const id = await insertContact(scope.tx, clientId, contact, now);
  await ensureOnePrimary(scope.tx, clientId, contact.isPrimary ? id : undefined);
  await afterContactChange(scope.tx, clientId, now);
  await scope.audit({
    action: "core.contact.create",
    entity: "contact",
    entityId: id,
    after: { clientId, ...contact },
  });
  const keys = keysOfClient({ name: "", phones: contact.phones, emails: contact.emails });
  return {
    id,
    warnings: await findDuplicateClients(scope.tx, keys, { excludeId: clientId, actor: ctx.actor }),
  };
}
