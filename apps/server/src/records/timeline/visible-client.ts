import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { type ClientRow, visibleClient as findVisible } from "../clients/index.ts";
import type { Reader } from "./context.ts";

/**
 * The client, if the actor may work with it here: NOT_FOUND naming `clientId` when it does not
 * exist, lies outside the actor's record scope, or was merged into another (`details.mergedIntoId`
 * says where it went). Inside a write, pass `scope.tx` so the check and the change see the same rows.
 */
export async function visibleClient(
  ctx: ServiceContext,
  clientId: string,
  db: Reader = ctx.org.db,
): Promise<ClientRow> {
  const client = await findVisible(db, ctx.actor, clientId);
  if (client.mergedIntoId) {
    throw new DomainError("NOT_FOUND", recordMessages.mergedInto, {
      fields: { clientId: recordMessages.mergedField },
      details: { mergedIntoId: client.mergedIntoId },
    });
  }
  return client;
}
