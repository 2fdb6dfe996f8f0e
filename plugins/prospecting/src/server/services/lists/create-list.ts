import { newId } from "@quartet/core";
import { callLists } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { type AddClientsInput, addClients } from "./add-clients.ts";

/** Creates a call list, filled with `clientIds` and the clients matching `filter` when given (see `addClients`). */
export async function createList({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { name: string } & Omit<AddClientsInput, "listId">;
}) {
  const id = await ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const listId = newId("list", now);
    await scope.tx
      .insert(callLists)
      .values({ id: listId, name: input.name, createdAt: now, createdBy: ctx.actor.id });
    await scope.audit({
      action: "prospecting.list.create",
      entity: "call-list",
      entityId: listId,
      after: { name: input.name },
    });
    return listId;
  });
  const { name: _, ...source } = input;
  const added =
    input.clientIds?.length || input.filter
      ? await addClients({ ctx, input: { ...source, listId: id } })
      : null;
  return { id, added };
}
