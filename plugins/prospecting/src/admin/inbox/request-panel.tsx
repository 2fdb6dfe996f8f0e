import { Button, Callout, Card, showToast, TextField } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { failureOf, useCan, useProspectingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { perm } from "../permissions.ts";
import { RequestDetail } from "./request-detail.tsx";
import { TriageActions } from "./triage-actions.tsx";
import type { TriageCommand } from "./triage-keys.ts";

/** The picked request: what came in, the Telegram reply box and, while it waits, the triage actions. */
export function RequestPanel(props: {
  requestId: string;
  command: { kind: TriageCommand; at: number } | null;
  onTriaged: () => void;
  formNames: ReadonlyMap<string, string>;
}): JSX.Element {
  const api = useProspectingApi();
  const can = useCan();
  const [request, { refetch }] = createResource(
    () => props.requestId,
    (requestId) => api.inbox.get.query({ requestId }),
  );
  const [reply, setReply] = createSignal("");
  const [replyError, setReplyError] = createSignal<string | undefined>();
  const send = async () => {
    setReplyError(undefined);
    try {
      await api.inbox.reply.mutate({ requestId: props.requestId, text: reply() });
      setReply("");
      showToast({ title: i18n.t("request.sent"), tone: "success" });
      void refetch();
    } catch (error) {
      const failure = failureOf(error);
      setReplyError(failure.fields.text ?? failure.message);
    }
  };
  return (
    <div class="pr-stack" aria-live="polite">
      <Show when={request.error}>
        {(error) => <Callout tone="danger">{failureOf(error()).message}</Callout>}
      </Show>
      <Show when={request()}>
        {(r) => (
          <>
            <Show when={r().status === "new" && can(perm.inboxTriage)}>
              <TriageActions request={r()} command={props.command} onTriaged={props.onTriaged} />
            </Show>
            <RequestDetail request={r()} canOpenClient={can(perm.clientsRead)} formNames={props.formNames} />
            <Show when={r().channel === "telegram" && can(perm.inboxTriage)}>
              <Card>
                <TextField
                  label={i18n.t("request.reply")}
                  multiline
                  value={reply()}
                  onChange={setReply}
                  error={replyError()}
                />
                <Button onClick={() => void send()} disabled={!reply().trim()}>
                  {i18n.t("request.send")}
                </Button>
              </Card>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
