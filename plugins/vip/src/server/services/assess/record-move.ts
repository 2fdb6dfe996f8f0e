import { clientDemoted, clientPromoted } from "../../../contracts/events.ts";
import { decisionText } from "../../../domain/texts.ts";
import type { Judged } from "./judged.ts";
import { tierRef, wordingNames } from "./wording-names.ts";

const codes = {
  promote: "vip.client.promoted",
  demote: "vip.client.demoted",
  "start-grace": "vip.grace.started",
  "end-grace": "vip.grace.ended",
} as const;

/**
 * Records a decision that changes something a person should see: a promotion or demotion sets
 * core's tier, goes on the timeline (worded in the organisation's language, with `{ code, params,
 * reasons }` beside it), is audited and emits its event; a grace period starting or ending goes on
 * the timeline. `keep` and `none` record nothing.
 */
export async function recordMove(j: Judged, graceStartedOn: string | null): Promise<void> {
  const { ctx, scope, org, program, client, decision } = j;
  const { action, from, to, by, reasons } = decision;
  if (action === "keep" || action === "none") return;
  const code = codes[action];
  await ctx.records.timeline.add(scope, {
    clientId: client.id,
    type: "system",
    function: "vip",
    body: decisionText(org.locale, decision, wordingNames(program, org)),
    data: { code, params: { from, to, by }, reasons },
  });
  if (action !== "promote" && action !== "demote") return;
  await ctx.records.clients.setTier(scope, client.id, to === null ? "standard" : "vip");
  await scope.audit({
    action: action === "promote" ? "vip.client.promote" : "vip.client.demote",
    entity: "client",
    entityId: client.id,
    before: { tierKey: from },
    after: { tierKey: to, by, reasons },
  });
  const at = ctx.clock.now();
  if (action === "promote" && to !== null) {
    const fromRef = from === null ? null : tierRef(program, from);
    await scope.emit(clientPromoted, {
      clientId: client.id,
      from: fromRef,
      to: tierRef(program, to),
      by,
      reasons,
      on: org.today,
      at,
    });
  } else if (action === "demote" && from !== null) {
    const toRef = to === null ? null : tierRef(program, to);
    await scope.emit(clientDemoted, {
      clientId: client.id,
      from: tierRef(program, from),
      to: toRef,
      by,
      reasons,
      graceStartedOn,
      on: org.today,
      at,
    });
  }
}
