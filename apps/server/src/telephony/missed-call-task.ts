import { type CallEvent, type ServiceContext, type WriteScope, wordMessage } from "@quartet/core";
import { clients } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { callbackOwner } from "./callback-owner.ts";
import { missedCallMessages as m } from "./missed-call-messages.ts";

/**
 * A missed inbound call from a client's number raises one callback task for its owner
 * (`callbackOwner`), in the call's transaction — so a redelivered notification, which writes
 * nothing, raises nothing either. Calls are core's: this happens whichever plugins are enabled.
 * A missed call from an unknown number raises nothing here: prospecting opens a request for it
 * and gives the callback to whoever covers prospecting. Answers the task's id, or null when the
 * call was not a missed one or nobody can take it.
 */
export async function raiseMissedCallTask(
  ctx: ServiceContext,
  scope: WriteScope,
  call: { event: CallEvent; clientId: string | null; rang: string | null; locale: "ru" | "en" },
): Promise<string | null> {
  const { event, clientId } = call;
  if (!clientId || event.direction !== "inbound" || event.disposition === "answered") return null;
  const [client] = await scope.tx
    .select({
      name: clients.name,
      stage: clients.stage,
      tier: clients.tier,
      prospecting: clients.prospectingOwnerId,
      firstSale: clients.firstSaleOwnerId,
      farming: clients.farmingOwnerId,
      vip: clients.vipOwnerId,
    })
    .from(clients)
    .where(eq(clients.id, clientId));
  if (!client) return null;
  const assigneeId = callbackOwner({
    stage: client.stage,
    tier: client.tier,
    owners: {
      prospecting: client.prospecting,
      "first-sale": client.firstSale,
      farming: client.farming,
      vip: client.vip,
    },
    rang: call.rang,
  });
  if (!assigneeId) return null;
  const task = await ctx.records.tasks.create(scope, {
    clientId,
    title: wordMessage(call.locale, m.taskTitle, { client: client.name }),
    note: wordMessage(call.locale, m.taskNote, { number: event.from ?? "" }),
    assigneeId,
    dueAt: ctx.clock.now(),
  });
  return task.id;
}
