import type { ProspectingContext } from "../../context.ts";
import { closeRequest } from "./close-request.ts";
import { assertUntriaged, loadRequest } from "./load-request.ts";

/** Dismisses a request (spam, not a buyer, a wrong address …) with a reason; no client is touched. */
export async function dismissRequest({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { requestId: string; reason: string };
}) {
  const request = await loadRequest(ctx.org.db, input.requestId);
  assertUntriaged(request);
  return ctx.org.write(ctx.actor, async (scope) => {
    const reason = input.reason.trim();
    await closeRequest(scope, request.id, {
      status: "dismissed",
      by: ctx.actor.id,
      now: ctx.clock.now(),
      dismissReason: reason,
    });
    await scope.audit({
      action: "prospecting.request.dismiss",
      entity: "request",
      entityId: request.id,
      before: { status: request.status },
      after: { status: "dismissed", reason },
    });
    return { requestId: request.id };
  });
}
