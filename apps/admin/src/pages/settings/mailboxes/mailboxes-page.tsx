import { Button, Card, IconPlus, Spinner } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../../guards/require-permission.tsx";
import { useT } from "../../../i18n/index.ts";
import { usePageTitle } from "../../../lib/page-title.ts";
import { MailboxForm } from "./mailbox-form.tsx";
import { MailboxList } from "./mailbox-list.tsx";
import { type MailboxView, useMailboxes } from "./queries.ts";
import "./mailboxes.css";

/**
 * `/settings/mailboxes` (owner and admins: `core.org.manage`): the company's mailboxes read over
 * IMAP — each with its status (a wrong password worded, never a crash), «Проверить сейчас», and
 * a form to connect or change one (passwords never shown back).
 */
export default function MailboxesPage(): JSX.Element {
  const i18n = useT();
  const mailboxes = useMailboxes();
  /** The form: closed, a new mailbox (`"new"`), or a stored one being changed. */
  const [editing, setEditing] = createSignal<MailboxView | "new" | null>(null);
  usePageTitle(() => i18n.t("mailboxes.title"));
  return (
    <RequirePermission permission="core.org.manage">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("mailboxes.title")}</h1>
            <p class="q-muted">{i18n.t("mailboxes.subtitle")}</p>
          </div>
          <Show when={editing() === null}>
            <Button variant="primary" onClick={() => setEditing("new")}>
              <IconPlus />
              {i18n.t("mailboxes.add")}
            </Button>
          </Show>
        </div>
        <div class="q-stack q-gap-6">
          <Show when={editing()} keyed>
            {(target) => (
              <MailboxForm stored={target === "new" ? undefined : target} onDone={() => setEditing(null)} />
            )}
          </Show>
          <Card title={i18n.t("mailboxes.title")}>
            <Show
              when={mailboxes.data}
              fallback={
                <div class="card-loading">
                  <Spinner />
                </div>
              }
            >
              {(list) => <MailboxList mailboxes={list()} onEdit={setEditing} />}
            </Show>
          </Card>
        </div>
      </div>
    </RequirePermission>
  );
}
