import { clientsMerged } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { mergeAccounts } from "../services/accounts/merge-accounts.ts";
import { firstDelivery } from "./processed.ts";

/**
 * Two clients merged in core: farming's account, deals, offer decisions and project marks follow
 * the surviving client, once per event (a redelivery finds it among the processed events).
 */
export const mergeOnClientMerged = defineSubscriber<z.infer<typeof clientsMerged.schema>>({
  name: "merge-on-client-merged",
  event: clientsMerged,
  async handle(ctx, event) {
    if (!(await firstDelivery(ctx.scope, event.id, "merge-on-client-merged", ctx.clock.now()))) return;
    await mergeAccounts(ctx, ctx.scope, event.payload);
  },
});
