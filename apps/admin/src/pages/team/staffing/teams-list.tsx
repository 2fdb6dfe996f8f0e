import { Button, ConfirmDialog, IconPlus, RowActions, type SalesFunction } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { LegCoverage, Member } from "../../../lib/api-types.ts";
import { TeamDialog } from "./team-dialog.tsx";
import { useStaffingActions } from "./use-staffing-actions.ts";

type TeamOfLeg = LegCoverage["teams"][number];

/** The teams of a function with their lead and size; create, rename, change the lead, delete. */
export function TeamsList(props: {
  function: SalesFunction;
  teams: LegCoverage["teams"];
  members: readonly Member[];
  editable: boolean;
}): JSX.Element {
  const i18n = useT();
  const actions = useStaffingActions();
  const [editing, setEditing] = createSignal<TeamOfLeg | "new" | null>(null);
  const [deleting, setDeleting] = createSignal<TeamOfLeg | null>(null);
  const leadName = (userId: string | null) => {
    const member = props.members.find((m) => m.userId === userId);
    return member ? member.name || member.email : i18n.t("staffing.noLead");
  };
  return (
    <div class="teams">
      <div class="teams__header">
        <h4 class="teams__title">{i18n.t("staffing.teams")}</h4>
        <Show when={props.editable}>
          <Button size="sm" variant="ghost" icon={<IconPlus />} onClick={() => setEditing("new")}>
            {i18n.t("staffing.createTeam")}
          </Button>
        </Show>
      </div>
      <Show when={props.teams.length > 0} fallback={<p class="q-subtle">{i18n.t("staffing.teamsEmpty")}</p>}>
        <ul class="teams__list">
          <For each={props.teams}>
            {(team) => (
              <li class="teams__item">
                <div class="teams__text">
                  <span class="person__name">{team.name}</span>
                  <span class="q-subtle">
                    {i18n.t("staffing.lead")}: {leadName(team.leadUserId)} ·{" "}
                    {i18n.t("staffing.size", { count: team.size })}
                  </span>
                </div>
                <Show when={props.editable}>
                  <RowActions
                    class="teams__actions"
                    editLabel={i18n.t("staffing.editTeam", { name: team.name })}
                    removeLabel={i18n.t("staffing.deleteTeam", { name: team.name })}
                    onEdit={() => setEditing(team)}
                    onRemove={() => setDeleting(team)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <TeamDialog
        open={editing() !== null}
        onOpenChange={(open) => !open && setEditing(null)}
        function={props.function}
        team={editing() === "new" ? undefined : ((editing() as TeamOfLeg | null) ?? undefined)}
        members={props.members}
      />
      <ConfirmDialog
        open={deleting() !== null}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={i18n.t("staffing.deleteTeamTitle", { name: deleting()?.name ?? "" })}
        description={i18n.t("staffing.deleteTeamText")}
        confirmLabel={i18n.t("common.delete")}
        tone="danger"
        onConfirm={() => {
          const team = deleting();
          return team ? actions.deleteTeam(team.id, team.name) : undefined;
        }}
      />
    </div>
  );
}
