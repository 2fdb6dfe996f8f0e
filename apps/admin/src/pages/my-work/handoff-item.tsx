import { Badge, Button, TextField } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useServerForm } from "../../lib/server-form.ts";

/** A pending handoff as `core.handoffs.pending` lists it. */
export type PendingHandoff = {
  id: string;
  clientId: string;
  clientName: string | null;
  fromFunction: string;
  toFunction: string;
  note: string;
  acceptBy: number;
  overdue: boolean;
};

/** One handoff waiting for the user: the client, from which function to which, the note, accept or reject with a reason. */
export function HandoffItem(props: {
  handoff: PendingHandoff;
  onAccept: (handoffId: string) => Promise<void>;
  onReject: (handoffId: string, reason: string) => Promise<void>;
}): JSX.Element {
  const i18n = useT();
  const form = useServerForm(["reason"]);
  const [rejecting, setRejecting] = createSignal(false);
  const [reason, setReason] = createSignal("");
  return (
    <li class="handoff-item" data-overdue={props.handoff.overdue ? "" : undefined}>
      <div class="handoff-item__head">
        <A href={`/clients/${props.handoff.clientId}`} class="handoff-item__client">
          {props.handoff.clientName ?? props.handoff.clientId}
        </A>
        <span class="handoff-item__route">
          <Badge tone={props.handoff.fromFunction as "prospecting"}>
            {i18n.tDynamic(`functions.${props.handoff.fromFunction}`)}
          </Badge>
          →
          <Badge tone={props.handoff.toFunction as "prospecting"}>
            {i18n.tDynamic(`functions.${props.handoff.toFunction}`)}
          </Badge>
        </span>
        <span class="q-subtle">
          {i18n.t(props.handoff.overdue ? "myWork.overdueSince" : "myWork.acceptBy", {
            when: i18n.formatDateTime(props.handoff.acceptBy),
          })}
        </span>
      </div>
      <p class="handoff-item__note">{props.handoff.note}</p>
      <Show
        when={rejecting()}
        fallback={
          <div class="handoff-item__actions">
            <Button
              variant="primary"
              size="sm"
              loading={form.busy()}
              onClick={() => void form.run(() => props.onAccept(props.handoff.id))}
            >
              {i18n.t("myWork.accept")}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setRejecting(true)}>
              {i18n.t("myWork.reject")}
            </Button>
          </div>
        }
      >
        <div class="handoff-item__reject">
          <TextField
            label={i18n.t("myWork.reason")}
            value={reason()}
            onChange={setReason}
            error={form.fieldErrors().reason}
          />
          <Button
            variant="danger"
            size="sm"
            loading={form.busy()}
            onClick={() => void form.run(() => props.onReject(props.handoff.id, reason()))}
          >
            {i18n.t("myWork.confirmReject")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
            {i18n.t("common.cancel")}
          </Button>
        </div>
      </Show>
      <Show when={form.formError()}>
        <p class="q-error" role="alert">
          {form.formError()}
        </p>
      </Show>
    </li>
  );
}
