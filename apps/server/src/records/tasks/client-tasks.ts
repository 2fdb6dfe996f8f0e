import type { ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, isNull } from "drizzle-orm";
import { visibleClient } from "../timeline/visible-client.ts";
import { taskRows } from "./tasks.ts";

/** A client's tasks by deadline: open ones, or all with `includeDone`. */
export async function clientTasks({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { clientId: string; includeDone: boolean };
}) {
  await visibleClient(ctx, input.clientId);
  const where = and(eq(tasks.clientId, input.clientId), input.includeDone ? undefined : isNull(tasks.doneAt));
  return { items: await taskRows(ctx.org.db, where) };
}
