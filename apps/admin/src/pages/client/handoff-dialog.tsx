import { FormDialog, type SalesFunction, Select, salesFunctions, showToast, TextField } from "@quartet/ui";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { useMembers, useStaffing } from "../team/queries.ts";
import { handoffRouteFor, receiversFor } from "./handoff-route.ts";

// The receiver picker's value for "let the assignment engine pick".
const automatic = "auto";

/**
 * Hands a client to another function with a note for the receiver; the assignment engine picks
 * the receiver unless the user chooses one of the people working that function.
 */
export function HandoffDialog(props: {
  clientId: string;
  stage: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const refresh = useOrgRefresh();
  const members = useMembers();
  const staffing = useStaffing();
  const form = useServerForm(["fromFunction", "toFunction", "receiverId", "note", "slaHours"]);
  const [from, setFrom] = createSignal<SalesFunction>("prospecting");
  const [to, setTo] = createSignal<SalesFunction>("first-sale");
  const [receiverId, setReceiverId] = createSignal(automatic);
  const [note, setNote] = createSignal("");
  const reset = () => {
    const route = handoffRouteFor(props.stage);
    setFrom(route.from);
    setTo(route.to);
    setReceiverId(automatic);
    setNote("");
    form.show({});
  };
  const functionOptions = () => salesFunctions.map((fn) => ({ value: fn, label: i18n.t(`functions.${fn}`) }));
  const receivers = () => [
    { value: automatic, label: i18n.t("handoffs.engine") },
    ...receiversFor(members.data ?? [], staffing.data?.assignments ?? null, to()).map((member) => ({
      value: member.userId,
      label: member.name,
    })),
  ];
  const save = async () => {
    const result = await form.run(() =>
      trpc.core.handoffs.request.mutate({
        clientId: props.clientId,
        fromFunction: from(),
        toFunction: to(),
        note: note(),
        receiverId: receiverId() === automatic ? null : receiverId(),
      }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("handoffs.sent", { function: i18n.t(`functions.${to()}`) }), tone: "success" });
    await refresh("handoffs", "timeline");
    props.onOpenChange(false);
  };
  return (
    <FormDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={i18n.t("handoffs.request")}
      submitLabel={i18n.t("handoffs.request")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={save}
      onOpen={reset}
    >
      <div class="client-form__grid">
        <Select
          label={i18n.t("handoffs.from")}
          options={functionOptions()}
          value={from()}
          onChange={(fn) => setFrom(fn as SalesFunction)}
          error={form.fieldErrors().fromFunction}
        />
        <Select
          label={i18n.t("handoffs.to")}
          options={functionOptions()}
          value={to()}
          onChange={(fn) => {
            setTo(fn as SalesFunction);
            setReceiverId(automatic);
          }}
          error={form.fieldErrors().toFunction}
        />
        <div class="client-form__wide">
          <Select
            label={i18n.t("handoffs.receiver")}
            description={receiverId() === automatic ? i18n.t("handoffs.engineHint") : undefined}
            options={receivers()}
            value={receiverId()}
            onChange={setReceiverId}
            error={form.fieldErrors().receiverId}
          />
        </div>
        <div class="client-form__wide">
          <TextField
            label={i18n.t("handoffs.note")}
            multiline
            value={note()}
            onChange={setNote}
            error={form.fieldErrors().note}
          />
        </div>
      </div>
    </FormDialog>
  );
}
