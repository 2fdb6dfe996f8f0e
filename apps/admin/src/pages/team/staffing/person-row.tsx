import { Avatar, Badge, Button, IconClose, type SalesFunction, Select, Switch, TextField } from "@quartet/ui";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { LegCoverage } from "../../../lib/api-types.ts";
import { parseCapacity } from "./capacity.ts";
import { useStaffingActions } from "./use-staffing-actions.ts";

type Person = LegCoverage["people"][number];

/** The value of "no team" in the select (Kobalte needs a non-empty key). */
const noTeam = "-";

/** A person covering a function: capacity per day, pause, team, and taking them off it. */
export function PersonRow(props: {
  person: Person;
  function: SalesFunction;
  teams: LegCoverage["teams"];
  editable: boolean;
}): JSX.Element {
  const i18n = useT();
  const actions = useStaffingActions();
  const [capacity, setCapacity] = createSignal("");
  const [invalid, setInvalid] = createSignal(false);
  createEffect(() =>
    setCapacity(props.person.capacityPerDay === null ? "" : String(props.person.capacityPerDay)),
  );
  const name = () => props.person.name;
  const saveCapacity = async () => {
    const value = parseCapacity(capacity());
    setInvalid(value === undefined);
    if (value === undefined || value === props.person.capacityPerDay) return;
    await actions.change(props.person.userId, props.function, { capacityPerDay: value });
  };
  const teamOptions = () => [
    { value: noTeam, label: i18n.t("staffing.noTeam") },
    ...props.teams.map((team) => ({ value: team.id, label: team.name })),
  ];
  return (
    <li class="person-row" data-paused={props.person.paused ? "" : undefined}>
      <div class="person">
        <Avatar name={name()} seed={props.person.userId} size="sm" />
        <span class="person__name">{name()}</span>
        <Show when={props.person.paused}>
          <Badge tone="warning">{i18n.t("staffing.paused")}</Badge>
        </Show>
      </div>
      <Show
        when={props.editable}
        fallback={
          <span class="q-subtle">
            {props.person.capacityPerDay === null ? "∞" : i18n.formatNumber(props.person.capacityPerDay)} /{" "}
            {i18n.t("staffing.capacity")}
          </span>
        }
      >
        <div class="person-row__controls">
          <TextField
            class="person-row__capacity"
            label={i18n.t("staffing.capacityOf", { name: name() })}
            labelHidden
            type="number"
            inputMode="numeric"
            min={0}
            placeholder="∞"
            value={capacity()}
            onChange={setCapacity}
            onBlur={saveCapacity}
            onEnter={saveCapacity}
            error={invalid() ? i18n.t("staffing.capacityHint") : undefined}
          />
          <span class="person-row__unit" aria-hidden="true">
            {i18n.t("staffing.capacity")}
          </span>
          <Show when={props.teams.length > 0}>
            <Select
              class="person-row__team"
              label={i18n.t("staffing.team", { name: name() })}
              labelHidden
              options={teamOptions()}
              value={props.person.teamId ?? noTeam}
              onChange={(teamId) =>
                actions.change(props.person.userId, props.function, {
                  teamId: teamId === noTeam ? null : teamId,
                })
              }
            />
          </Show>
          <span class="person-row__pause">
            <Switch
              label={i18n.t("staffing.pause", { name: name() })}
              labelHidden
              checked={props.person.paused}
              onChange={(paused) => actions.change(props.person.userId, props.function, { paused })}
            />
            <span aria-hidden="true">{i18n.t("staffing.paused")}</span>
          </span>
          <Button
            size="sm"
            variant="ghost"
            icon={<IconClose />}
            aria-label={i18n.t("staffing.unassign", {
              name: name(),
              function: i18n.t(`functions.${props.function}`),
            })}
            onClick={() => actions.unassign(props.person.userId, props.function, name())}
          />
        </div>
      </Show>
    </li>
  );
}
