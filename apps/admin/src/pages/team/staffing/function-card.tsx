import { Badge, type SalesFunction } from "@quartet/ui";
import { Index, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { LegCoverage, Member } from "../../../lib/api-types.ts";
import { AssignControl } from "./assign-control.tsx";
import { PersonRow } from "./person-row.tsx";
import { TeamsList } from "./teams-list.tsx";

/** One function: who covers it (capacity, pause, team), assigning more people, and its teams. */
export function FunctionCard(props: {
  leg: LegCoverage;
  members: readonly Member[];
  editable: boolean;
}): JSX.Element {
  const i18n = useT();
  const fn = (): SalesFunction => props.leg.function;
  return (
    <section
      class="function-card"
      data-function={fn()}
      data-status={props.leg.status}
      aria-labelledby={`fn-${fn()}`}
    >
      <header class="function-card__header">
        <span class="function-card__mark" aria-hidden="true" />
        <div class="function-card__heading">
          <h3 id={`fn-${fn()}`}>{i18n.t(`functions.${fn()}`)}</h3>
          <p class="q-subtle">{i18n.t(`functions.about.${fn()}`)}</p>
        </div>
        <Badge tone={props.leg.pluginEnabled ? "success" : "neutral"}>
          {props.leg.pluginEnabled ? i18n.t("legs.pluginOn") : i18n.t("legs.pluginOff")}
        </Badge>
      </header>
      <div class="function-card__body">
        <Show
          when={props.leg.people.length > 0}
          fallback={
            <p class="function-card__nobody">
              <strong>{i18n.t("legs.nobody")}.</strong> {i18n.t("staffing.nobody")}
            </p>
          }
        >
          <ul class="person-list">
            <Index each={props.leg.people}>
              {(person) => (
                <PersonRow
                  person={person()}
                  function={fn()}
                  teams={props.leg.teams}
                  editable={props.editable}
                />
              )}
            </Index>
          </ul>
        </Show>
        <Show when={props.editable}>
          <AssignControl function={fn()} leg={props.leg} members={props.members} />
        </Show>
        <TeamsList
          function={fn()}
          teams={props.leg.teams}
          members={props.members}
          editable={props.editable}
        />
      </div>
    </section>
  );
}
