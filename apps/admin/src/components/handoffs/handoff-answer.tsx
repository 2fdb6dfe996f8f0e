import { Button, TextField } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useServerForm } from "../../lib/server-form.ts";
import "./handoff-answer.css";

/** Accept a handoff, or reject it with a reason (the server's message sits under the reason). */
export function HandoffAnswer(props: {
  onAccept: () => Promise<unknown>;
  onReject: (reason: string) => Promise<unknown>;
}): JSX.Element {
  const i18n = useT();
  const form = useServerForm(["reason"]);
  const [rejecting, setRejecting] = createSignal(false);
  const [reason, setReason] = createSignal("");
  return (
    <div class="handoff-answer">
      <Show
        when={rejecting()}
        fallback={
          <div class="handoff-answer__row">
            <Button
              variant="primary"
              size="sm"
              loading={form.busy()}
              onClick={() => void form.run(props.onAccept)}
            >
              {i18n.t("handoffs.accept")}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setRejecting(true)}>
              {i18n.t("handoffs.reject")}
            </Button>
          </div>
        }
      >
        <form
          class="handoff-answer__row"
          onSubmit={(event) => {
            event.preventDefault();
            void form.run(() => props.onReject(reason()));
          }}
        >
          <TextField
            label={i18n.t("handoffs.rejectReason")}
            value={reason()}
            onChange={setReason}
            error={form.fieldErrors().reason}
            autofocus
          />
          <Button type="submit" variant="danger" size="sm" loading={form.busy()}>
            {i18n.t("handoffs.reject")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setRejecting(false)}>
            {i18n.t("common.cancel")}
          </Button>
        </form>
      </Show>
      <Show when={form.formError()}>
        <p class="q-error" role="alert">
          {form.formError()}
        </p>
      </Show>
    </div>
  );
}
