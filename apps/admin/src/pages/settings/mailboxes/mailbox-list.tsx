import { Badge, Button, ConfirmDialog, EmptyState } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";
import type { MailboxView } from "./queries.ts";

const tone = { new: "neutral", ok: "success", failing: "danger" } as const;

/** The connected mailboxes: name, address, folders, status (a problem worded by the server), and actions. */
export function MailboxList(props: {
  mailboxes: MailboxView[];
  onEdit: (mailbox: MailboxView) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const [busy, setBusy] = createSignal<string | null>(null);
  const refresh = () => invalidateOrg(queryClient, org.id(), "mail");
  const check = async (mailbox: MailboxView) => {
    setBusy(mailbox.id);
    await runAction(i18n, () => trpc.core.mail.mailboxes.poll.mutate({ id: mailbox.id }));
    setBusy(null);
    await refresh();
  };
  const [removing, setRemoving] = createSignal<MailboxView | null>(null);
  const remove = async () => {
    const mailbox = removing();
    if (!mailbox) return;
    setRemoving(null);
    await runAction(
      i18n,
      () => trpc.core.mail.mailboxes.remove.mutate({ id: mailbox.id }),
      i18n.t("mailboxes.removed", { address: mailbox.address }),
    );
    await refresh();
  };
  return (
    <Show when={props.mailboxes.length > 0} fallback={<EmptyState title={i18n.t("mailboxes.empty")} />}>
      <ul class="mailboxes" aria-label={i18n.t("mailboxes.title")}>
        <For each={props.mailboxes}>
          {(mailbox) => (
            <li class="mailboxes__item" data-status={mailbox.status}>
              <div class="mailboxes__head">
                <strong>{mailbox.name}</strong>
                <span class="mailboxes__address">{mailbox.address}</span>
                <Badge tone={tone[mailbox.status]}>{i18n.t(`mailboxes.status.${mailbox.status}`)}</Badge>
              </div>
              <Show when={mailbox.statusMessage}>
                {(message) => <p class="mailboxes__problem">{message()}</p>}
              </Show>
              <p class="q-muted mailboxes__meta">
                {i18n.t("mailboxes.folderList", { folders: mailbox.folders.join(", ") })}
                <Show when={mailbox.lastPolledAt}>
                  {(at) => <> · {i18n.t("mailboxes.lastPolled", { when: i18n.formatDateTime(at()) })}</>}
                </Show>
              </p>
              <div class="mailboxes__actions">
                <Button
                  variant="secondary"
                  size="sm"
                  loading={busy() === mailbox.id}
                  onClick={() => check(mailbox)}
                >
                  {i18n.t("mailboxes.check")}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => props.onEdit(mailbox)}>
                  {i18n.t("mailboxes.edit")}
                </Button>
                <Button variant="ghost" size="sm" onClick={() => setRemoving(mailbox)}>
                  {i18n.t("mailboxes.remove")}
                </Button>
              </div>
            </li>
          )}
        </For>
      </ul>
      <ConfirmDialog
        open={removing() !== null}
        onOpenChange={(open) => !open && setRemoving(null)}
        title={i18n.t("mailboxes.remove")}
        description={i18n.t("mailboxes.removeConfirm", { address: removing()?.address ?? "" })}
        confirmLabel={i18n.t("mailboxes.remove")}
        tone="danger"
        onConfirm={remove}
      />
    </Show>
  );
}
