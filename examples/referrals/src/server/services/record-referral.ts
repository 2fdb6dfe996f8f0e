import { DomainError, newId } from "@quartet/core";
import { referralRecorded } from "../../contracts/events.ts";
import { m } from "../../contracts/messages.ts";
import { referrals } from "../../db/schema.ts";
import { referralRefusal } from "../../domain/referral-check.ts";
import type { ReferralsContext } from "../context.ts";
import { referralOf } from "./referral-of.ts";

/** What recording a referral takes: the referred client, who referred it, and an optional note. */
export type RecordReferralInput = { clientId: string; referrerId: string; note?: string | undefined };

/**
 * Records that `referrerId` referred `clientId`, in one transaction with its event and audit record.
 * Both clients must exist and be visible to the actor; the rules are `referralRefusal`'s.
 */
export async function recordReferral({ ctx, input }: { ctx: ReferralsContext; input: RecordReferralInput }) {
  const [client, referrer] = await Promise.all([
    ctx.records.clients.get(input.clientId),
    ctx.records.clients.get(input.referrerId),
  ]);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  if (!referrer)
    throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { referrerId: m.noSuchClient } });
  return ctx.org.write(ctx.actor, async (scope) => {
    const refusal = referralRefusal({
      clientId: client.id,
      referrerId: referrer.id,
      referrerOfClient: (await referralOf(scope.tx, client.id))?.referrerId ?? null,
      referrerOfReferrer: (await referralOf(scope.tx, referrer.id))?.referrerId ?? null,
    });
    if (refusal === "self")
      throw new DomainError("BAD_INPUT", m.notSelf, { fields: { referrerId: m.chooseAnother } });
    if (refusal === "already-referred")
      throw new DomainError("CONFLICT", m.alreadyReferred, {
        params: { name: client.name },
        fields: { clientId: m.referredAlready },
      });
    if (refusal === "circular")
      throw new DomainError("CONFLICT", m.circular, {
        params: { name: referrer.name },
        fields: { referrerId: m.chooseAnother },
      });
    const now = ctx.clock.now();
    const id = newId("ref", now);
    const note = input.note?.trim() ?? "";
    await scope.tx.insert(referrals).values({
      id,
      clientId: client.id,
      referrerId: referrer.id,
      note,
      recordedBy: ctx.actor.id,
      createdAt: now,
    });
    await scope.emit(referralRecorded, { referralId: id, referrerId: referrer.id, clientId: client.id });
    await scope.audit({
      action: "referrals.referral.record",
      entity: "client",
      entityId: client.id,
      after: { referrerId: referrer.id, note },
    });
    return { id };
  });
}
