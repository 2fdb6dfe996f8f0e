import { Badge, FormDialog, Select, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { type ClientStage, clientStages } from "../clients/client-filters.ts";
import { stageTone } from "../clients/clients-table.tsx";
import type { ClientRecord } from "./client-types.ts";

/**
 * The client's stage in one control: choosing another stage changes it at once; moving back
 * asks for the reason first (it goes on the timeline). Without `core.clients.write` it is a badge.
 */
export function StageControl(props: { client: ClientRecord }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const form = useServerForm(["reason"]);
  const [back, setBack] = createSignal<ClientStage | null>(null);
  const [reason, setReason] = createSignal("");
  const change = async (to: ClientStage, why: string | null) => {
    const result = await form.run(() =>
      trpc.core.clients.changeStage.mutate({
        clientId: props.client.id,
        to,
        reason: why,
        basis: to === "customer" ? "manual" : null,
      }),
    );
    if (!result.ok) {
      if (!back()) showToast({ title: form.formError() ?? "", tone: "error" });
      return;
    }
    setBack(null);
    setReason("");
    showToast({
      title: i18n.t("clientPage.stageDialog.changed", { stage: i18n.t(`clientStage.${to}`) }),
      tone: "success",
    });
    await refresh("clients", "timeline");
  };
  const choose = (to: ClientStage) => {
    if (to === props.client.stage) return;
    if (clientStages.indexOf(to) < clientStages.indexOf(props.client.stage)) setBack(to);
    else void change(to, null);
  };
  return (
    <Show
      when={access.can("core.clients.write")}
      fallback={
        <Badge tone={stageTone[props.client.stage]}>{i18n.t(`clientStage.${props.client.stage}`)}</Badge>
      }
    >
      <Select
        label={i18n.t("clientPage.changeStage")}
        options={clientStages.map((stage) => ({ value: stage, label: i18n.t(`clientStage.${stage}`) }))}
        value={props.client.stage}
        onChange={(stage) => choose(stage as ClientStage)}
        class="client-facts__stage"
      />
      <FormDialog
        open={back() !== null}
        onOpenChange={(open) => !open && setBack(null)}
        onOpen={() => setReason("")}
        title={i18n.t("clientPage.stageDialog.title", {
          stage: i18n.t(`clientStage.${back() ?? "prospect"}`),
        })}
        description={i18n.t("clientPage.stageDialog.description")}
        submitLabel={i18n.t("clientPage.stageDialog.submit")}
        busy={form.busy()}
        error={form.formError()}
        onSubmit={() => {
          const to = back();
          if (!to) return;
          if (!reason().trim()) return form.show({ reason: i18n.t("clientPage.stageDialog.reasonNeeded") });
          return change(to, reason().trim());
        }}
      >
        <TextField
          label={i18n.t("clientPage.reason")}
          multiline
          value={reason()}
          onChange={setReason}
          error={form.fieldErrors().reason}
        />
      </FormDialog>
    </Show>
  );
}
