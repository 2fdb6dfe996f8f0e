import { Button, Callout, Dialog, type SalesFunction, Select, showToast, TextField } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createEffect, createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { LegCoverage, Member } from "../../../lib/api-types.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { useServerForm } from "../../../lib/server-form.ts";

type TeamOfLeg = LegCoverage["teams"][number];

/** The value of "no lead" in the select (Kobalte needs a non-empty key). */
const noLead = "-";

/** Creates a team of a function or renames one and changes its lead. */
export function TeamDialog(props: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  function: SalesFunction;
  team?: TeamOfLeg | undefined;
  members: readonly Member[];
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["name", "leadUserId"]);
  const [name, setName] = createSignal("");
  const [lead, setLead] = createSignal("");
  createEffect(() => {
    if (!props.open) return;
    setName(props.team?.name ?? "");
    setLead(props.team?.leadUserId ?? noLead);
    form.show({});
  });
  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const input = { name: name().trim(), leadUserId: lead() === noLead ? null : lead() };
    const teamId = props.team?.id;
    const result = await form.run<unknown>(() =>
      teamId
        ? trpc.core.staffing.updateTeam.mutate({ teamId, ...input })
        : trpc.core.staffing.createTeam.mutate({ function: props.function, ...input }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("staffing.teamSaved", { name: input.name }), tone: "success" });
    await invalidateOrg(queryClient, org.id(), "staffing");
    props.onOpenChange(false);
  };
  const leads = () => [
    { value: noLead, label: i18n.t("staffing.noLead") },
    ...props.members.map((m) => ({ value: m.userId, label: m.name || m.email })),
  ];
  const fn = () => i18n.t(`functions.${props.function}`);
  return (
    <Dialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={
        props.team
          ? i18n.t("staffing.teamTitleEdit", { name: props.team.name })
          : i18n.t("staffing.teamTitleNew", { function: fn() })
      }
      footer={
        <>
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {i18n.t("common.cancel")}
          </Button>
          <Button variant="primary" type="submit" form="team-form" loading={form.busy()}>
            {props.team ? i18n.t("common.save") : i18n.t("common.create")}
          </Button>
        </>
      }
    >
      <form id="team-form" class="q-stack q-gap-4" onSubmit={save} noValidate>
        <Show when={form.formError()}>{(message) => <Callout tone="danger" title={message()} />}</Show>
        <TextField
          label={i18n.t("staffing.teamName")}
          placeholder={i18n.t("staffing.teamNamePlaceholder")}
          value={name()}
          onChange={setName}
          error={form.fieldErrors().name}
          required
        />
        <Select
          label={i18n.t("staffing.lead")}
          options={leads()}
          value={lead()}
          onChange={setLead}
          error={form.fieldErrors().leadUserId}
        />
      </form>
    </Dialog>
  );
}
