import { type ClientSummary, cleanText, DomainError, isDomainError } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import type { FarmingContext } from "../../context.ts";

/** Clients to hand to another farmer, with a note for them. */
export const moveClientsInput = z.object({
  clientIds: z.array(z.string().min(1)).min(1, m.chooseClients).max(500, m.atMost500Clients),
  toFarmerId: z.string().min(1, m.chooseFarmer),
  note: cleanText(5_000, "multiline").min(1, m.tellFarmer),
});

/** Why a client was not moved: it is the farmer's already, or already waits for a farmer to accept it. */
export type MoveSkip = { clientId: string; reason: "already-theirs" | "already-requested" };

/**
 * Moves clients between portfolios the way core records it: a handoff farming → farming to the
 * chosen farmer (a member — BAD_INPUT naming `toFarmerId` otherwise), who becomes the client's
 * farmer on accepting; the portfolio follows then. Clients already theirs or already waiting are
 * skipped and reported. One transaction; audited as `farming.portfolio.move`.
 */
export async function moveClients({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof moveClientsInput>;
}) {
  const members = await ctx.records.people.members();
  if (!members.some((m) => m.userId === input.toFarmerId)) {
    throw new DomainError("BAD_INPUT", m.farmerNotMember, {
      fields: { toFarmerId: m.notMember },
    });
  }
  const clients: ClientSummary[] = [];
  for (const [i, clientId] of [...new Set(input.clientIds)].entries()) {
    const client = await ctx.records.clients.get(clientId);
    if (!client || client.mergedIntoId) {
      throw new DomainError("NOT_FOUND", m.noSuchClient, {
        fields: { [`clientIds.${i}`]: m.noSuchClient },
      });
    }
    clients.push(client);
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    const moved: { clientId: string; handoffId: string; fromFarmerId: string | null }[] = [];
    const skipped: MoveSkip[] = [];
    for (const client of clients) {
      const fromFarmerId = client.owners.farming;
      if (fromFarmerId === input.toFarmerId) {
        skipped.push({ clientId: client.id, reason: "already-theirs" });
        continue;
      }
      try {
        const handoff = await ctx.records.handoffs.request(scope, {
          clientId: client.id,
          fromFunction: "farming",
          toFunction: "farming",
          note: input.note,
          receiverId: input.toFarmerId,
          context: { fromFarmerId, move: true },
        });
        moved.push({ clientId: client.id, handoffId: handoff.id, fromFarmerId });
      } catch (error) {
        if (!(isDomainError(error) && error.code === "CONFLICT")) throw error;
        skipped.push({ clientId: client.id, reason: "already-requested" });
      }
    }
    const after = { toFarmerId: input.toFarmerId, moved, skipped };
    await scope.audit({
      action: "farming.portfolio.move",
      entity: "farmer",
      entityId: input.toFarmerId,
      after,
    });
    return { toFarmerId: input.toFarmerId, moved, skipped };
  });
}
