import { eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { accounts } from "../../../db/schema.ts";
import { shareOfWallet } from "../../../domain/metrics.ts";
import type { FarmingContext } from "../../context.ts";
import { requireAccount } from "./require-account.ts";

/** What the client could spend on what we sell in a year; null when unknown. */
export const setPotentialInput = z.object({
  clientId: z.string().min(1, m.chooseClient),
  amountMinor: z
    .number()
    .int(m.wholeKopecks)
    .min(0, m.notNegative)
    .max(Number.MAX_SAFE_INTEGER, m.tooLarge)
    .nullable(),
});

/** Records a client's annual potential (share of wallet reads it), audited as `farming.account.potential`. */
export async function setPotential({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof setPotentialInput>;
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const { client, account } = await requireAccount(ctx, scope.tx, input.clientId);
    const potentialMinor = input.amountMinor;
    const now = ctx.clock.now();
    await scope.tx
      .update(accounts)
      .set({ potentialMinor, updatedAt: now })
      .where(eq(accounts.clientId, client.id));
    await scope.audit({
      action: "farming.account.potential",
      entity: "client",
      entityId: client.id,
      before: { potentialMinor: account.potentialMinor },
      after: { potentialMinor },
    });
    return {
      clientId: client.id,
      potentialMinor,
      currency: account.currency,
      shareOfWallet: potentialMinor === null ? null : shareOfWallet(account.revenue12mMinor, potentialMinor),
    };
  });
}
