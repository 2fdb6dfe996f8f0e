import {
  type Actor,
  clientStageChanged,
  DomainError,
  newId,
  recordMessages,
  type ServiceContext,
  type WriteScope,
} from "@quartet/core";
import { clients } from "@quartet/db/org";
import type { CreateClientInput } from "./client-inputs.ts";
import { ensureOnePrimary, insertContact } from "./contacts/contact-rows.ts";
import { fieldDefs } from "./custom-fields/list-fields.ts";
import { validateCustomFields } from "./custom-fields/validate-custom-fields.ts";
import { type ClientDuplicate, findDuplicateClients, isStrongDuplicate } from "./find-duplicates.ts";
import { keysOfClient } from "./input-keys.ts";
import { ownerFields } from "./owners.ts";
import { reindexClient } from "./reindex-client.ts";
import { recordStage, stageFunction } from "./stage-change.ts";

/** A created client and the possible duplicates that did not stop it (fuzzy names, or any with `allowDuplicate`). */
export type CreatedClient = { id: string; warnings: ClientDuplicate[] };

/**
 * Creates a client with its first contacts in one transaction. A client with the same INN,
 * phone, email or domain already present is a CONFLICT with `details.candidates`, unless
 * `allowDuplicate`; a user who creates it becomes its owner for the stage's function. The
 * initial stage goes into the history and out as `clientStageChanged` with `from: null`.
 */
export async function createClient({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: CreateClientInput;
}): Promise<CreatedClient> {
  return ctx.org.write(ctx.actor, (scope) => createClientIn(ctx, scope, input));
}

/** `createClient` inside the caller's transaction, for the import, web-form and messenger entry points. */
export async function createClientIn(
  ctx: ServiceContext,
  scope: WriteScope,
  input: CreateClientInput,
): Promise<CreatedClient> {
  const now = ctx.clock.now();
  const customFields = validateCustomFields(await fieldDefs(scope.tx), input.customFields);
  const keys = keysOfClient(input, input.contacts);
  const duplicates = await findDuplicateClients(scope.tx, keys, { actor: ctx.actor });
  const strong = duplicates.filter(isStrongDuplicate);
  if (strong.length > 0 && !input.allowDuplicate) {
    const reasons = [...new Set(strong.flatMap((d) => d.reasons))].join(", ");
    throw new DomainError("CONFLICT", recordMessages.duplicate, {
      params: { reasons },
      details: { candidates: strong },
    });
  }
  const { contacts: people, allowDuplicate: _, ...fields } = input;
  const row = {
    ...fields,
    id: newId("cli", now),
    nameNormalized: keys.name,
    customFields,
    tier: "standard" as const,
    ...defaultOwner(ctx.actor, input),
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await scope.tx.insert(clients).values(row);
  for (const contact of people) await insertContact(scope.tx, row.id, contact, now);
  await ensureOnePrimary(scope.tx, row.id);
  await reindexClient(scope.tx, row.id);
  await recordStage(ctx, scope, row.id, null, row.stage, null);
  await scope.audit({
    action: "core.client.create",
    entity: "client",
    entityId: row.id,
    after: { ...row, contacts: people.length, duplicatesAllowed: strong.map((d) => d.id) },
  });
  await scope.emit(clientStageChanged, { clientId: row.id, from: null, to: row.stage, reason: null });
  return { id: row.id, warnings: duplicates.filter((d) => input.allowDuplicate || !isStrongDuplicate(d)) };
}

// A person who creates a client works it: they own it for the function its stage belongs to.
function defaultOwner(actor: Actor, input: CreateClientInput) {
  return actor.kind === "user" ? { [ownerFields[stageFunction[input.stage]]]: actor.id } : {};
}
