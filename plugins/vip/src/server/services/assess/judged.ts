import type { ClientSummary, WriteScope } from "@quartet/core";
import type { VipProgram } from "../../../contracts/program.ts";
import type { TierDecision } from "../../../domain/tier-decision.ts";
import type { OrgInfo, VipContext } from "../../context.ts";

/** One client just judged, with everything its consequences need: where, under which program, and the decision. */
export type Judged = {
  ctx: VipContext;
  scope: WriteScope;
  org: OrgInfo;
  program: VipProgram;
  client: ClientSummary;
  decision: TierDecision;
};
