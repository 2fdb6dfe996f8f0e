import { DomainError, normalizePhone } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { ProspectingContext } from "../../context.ts";
import { liveClientId } from "../live-client-id.ts";
import { blockPhone } from "./block-phone.ts";

/** Adds a phone to the do-not-call list by hand (a complaint, a legal request). */
export async function addDoNotCall({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { phone: string; reason: string; clientId?: string | null };
}) {
  const phone = normalizePhone(input.phone);
  if (!phone.ok) throw new DomainError("BAD_INPUT", m.phoneNotValid, { fields: { phone: m.notValid } });
  const clientId = input.clientId ? await liveClientId(ctx.records, input.clientId) : null;
  return ctx.org.write(ctx.actor, async (scope) => {
    const result = await blockPhone(scope, {
      phone: phone.value,
      reason: input.reason.trim(),
      clientId,
      by: ctx.actor.id,
      now: ctx.clock.now(),
    });
    await scope.audit({
      action: "prospecting.dnc.add",
      entity: "dnc",
      entityId: phone.value,
      after: { reason: input.reason },
    });
    return { phone: phone.value, ...result };
  });
}
