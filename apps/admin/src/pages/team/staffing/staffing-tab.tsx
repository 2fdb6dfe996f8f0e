import { Spinner } from "@quartet/ui";
import { Index, type JSX, Show } from "solid-js";
import { legsFromCoverage } from "../../../components/stool/leg-view.ts";
import { StoolCard } from "../../../components/stool/stool-card.tsx";
import { useT } from "../../../i18n/index.ts";
import { useAccess } from "../../../lib/me.ts";
import { useCoverage, useMembers } from "../queries.ts";
import { FunctionCard } from "./function-card.tsx";
import { StageAdvice } from "./stage-advice.tsx";
import { StageCard } from "./stage-card.tsx";

/**
 * The functions tab: the four legs drawn as a stool (coloured when covered, dashed «Nobody»
 * when not, grey when everyone is paused), the growth stage, and a card per function.
 */
export function StaffingTab(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const coverage = useCoverage();
  const members = useMembers();
  return (
    <Show
      when={coverage.data}
      fallback={
        <div class="card-loading">
          <Spinner />
        </div>
      }
    >
      {(data) => (
        <div class="q-stack q-gap-6">
          <StoolCard
            legs={legsFromCoverage(data().legs)}
            title={i18n.t("staffing.coverage")}
            description={i18n.t("staffing.coverageText")}
          />
          <StageAdvice advice={data().stageAdvice} members={members.data ?? []} />
          <StageCard />
          <div class="function-grid">
            <Index each={data().legs}>
              {(leg) => (
                <FunctionCard
                  leg={leg()}
                  members={members.data ?? []}
                  editable={access.can("core.staffing.manage")}
                />
              )}
            </Index>
          </div>
        </div>
      )}
    </Show>
  );
}
