import { eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { accounts } from "../../../db/schema.ts";
import { isOverdue } from "../../../domain/cadence.ts";
import { orgInfo } from "../../context.ts";
import { recomputeClients } from "../recompute/recompute-clients.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { accountOf, requireAccount } from "./require-account.ts";

/** A client's own contact cadence in days; null goes back to the company's rules. */
export const setCadenceInput = z.object({
  clientId: z.string().min(1, m.chooseClient),
  days: z.number().int(m.wholeDays).min(1, m.atLeastOneDay).max(365, m.atMost365Days).nullable(),
});

/**
 * Sets (or clears) the farmer's own cadence for a client, audited as `farming.account.cadence`, and
 * recomputes the account at once: the contact due date and health follow.
 */
export async function setCadence({
  ctx,
  input,
}: {
  ctx: WithSystem;
  input: z.output<typeof setCadenceInput>;
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const { client, account: before } = await requireAccount(ctx, scope.tx, input.clientId);
    await scope.tx
      .update(accounts)
      .set({ cadenceOverrideDays: input.days })
      .where(eq(accounts.clientId, client.id));
    await recomputeClients(ctx.system, scope, [client.id]);
    const after = (await accountOf(scope.tx, client.id)) ?? before;
    const entry = { action: "farming.account.cadence", entity: "client", entityId: client.id };
    await scope.audit({
      ...entry,
      before: { days: before.cadenceOverrideDays },
      after: { days: input.days },
    });
    return {
      clientId: client.id,
      days: after.cadenceDays,
      source: after.cadenceSource,
      overrideDays: after.cadenceOverrideDays,
      dueOn: after.contactDueOn,
      overdue: isOverdue(after.contactDueOn, org.today),
    };
  });
}
