import type { ServiceContext } from "@quartet/core";
import { handoffs } from "@quartet/db/org";
import { desc, eq } from "drizzle-orm";
import { visibleClient } from "../timeline/visible-client.ts";
import { handoffRows } from "./handoffs.ts";

/** A client's handoffs between functions, newest first. */
export async function clientHandoffs({ ctx, input }: { ctx: ServiceContext; input: { clientId: string } }) {
  await visibleClient(ctx, input.clientId);
  const order = [desc(handoffs.createdAt), desc(handoffs.id)];
  return {
    items: await handoffRows(ctx.org.db, ctx.clock.now(), eq(handoffs.clientId, input.clientId), order),
  };
}
