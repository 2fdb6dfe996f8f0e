import type { ServiceContext } from "@quartet/core";
import { DomainError, salesFunctions } from "@quartet/core";
import { z } from "zod";
import { activityTypes, isLoggedType } from "./activity-types.ts";
import { addActivity } from "./add-activity.ts";
import { visibleClient } from "./visible-client.ts";

const clockSkewMs = 5 * 60_000;
const maxDataChars = 16_000;

/** A call, meeting, message, email or note to put on a client's timeline. */
export const logActivityInput = z.object({
  clientId: z.string().min(1, "Choose a client"),
  type: z.enum(activityTypes),
  function: z.enum(salesFunctions).nullable(),
  body: z.string().trim().min(1, "Write what happened").max(20_000, "At most 20,000 characters"),
  occurredAt: z.number().int().nonnegative().optional(),
  data: z.record(z.string(), z.unknown()).optional(),
});

/**
 * Logs what a person did with a client. Stage changes, handoffs and system entries are
 * refused (`BAD_INPUT` naming `type`): Quartet writes those itself.
 */
export async function logActivity({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof logActivityInput>;
}) {
  const now = ctx.clock.now();
  if (!isLoggedType(input.type)) {
    throw new DomainError("BAD_INPUT", `"${input.type}" entries are written by Quartet itself`, {
      fields: { type: "Choose call, meeting, message, email or note" },
    });
  }
  if (input.occurredAt !== undefined && input.occurredAt > now + clockSkewMs) {
    throw new DomainError("BAD_INPUT", "An activity cannot happen in the future; plan it as a task", {
      fields: { occurredAt: "Must not be in the future" },
    });
  }
  if (input.data && JSON.stringify(input.data).length > maxDataChars) {
    throw new DomainError("BAD_INPUT", "The attached data is too large", {
      fields: { data: `At most ${maxDataChars} characters of JSON` },
    });
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    await visibleClient(ctx, input.clientId, scope.tx);
    const entry = { ...input, data: input.data ?? {}, occurredAt: input.occurredAt ?? now };
    const id = await addActivity(scope, ctx.actor, now, entry);
    await scope.audit({
      action: "core.activity.log",
      entity: "activity",
      entityId: id,
      after: { clientId: input.clientId, type: input.type, function: input.function },
    });
    return { id, ...entry, authorId: ctx.actor.id, authorName: ctx.actor.name, createdAt: now };
  });
}
