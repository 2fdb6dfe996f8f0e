import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  emailLink,
  IconPlus,
  IconUser,
  RowActions,
} from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { PhoneLink } from "../../components/phone/phone-link.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { runAction } from "../../lib/run-action.ts";
import type { ContactRecord } from "./client-types.ts";
import { ContactDialog } from "./contact-dialog.tsx";

/** A client's contact people with their role, phones (as people write them) and emails as links; add, edit and remove for those who may write. */
export function ClientContacts(props: { clientId: string; contacts: readonly ContactRecord[] }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const [editing, setEditing] = createSignal<ContactRecord | null>(null);
  const [open, setOpen] = createSignal(false);
  const [removing, setRemoving] = createSignal<ContactRecord | null>(null);
  const canWrite = () => access.can("core.clients.write");
  const openDialog = (contact: ContactRecord | null) => {
    setEditing(contact);
    setOpen(true);
  };
  const remove = async (contact: ContactRecord) => {
    const ok = await runAction(
      i18n,
      () => trpc.core.clients.contacts.delete.mutate({ contactId: contact.id }),
      i18n.t("contacts.removed", { name: contact.name }),
    );
    if (ok) await refresh("clients");
  };
  return (
    <Card
      title={i18n.t("contacts.title")}
      padding="flush"
      actions={
        <Show when={canWrite()}>
          <Button variant="secondary" size="sm" icon={<IconPlus />} onClick={() => openDialog(null)}>
            {i18n.t("contacts.add")}
          </Button>
        </Show>
      }
    >
      <Show
        when={props.contacts.length > 0}
        fallback={
          <EmptyState
            icon={<IconUser />}
            title={i18n.t("contacts.none")}
            description={i18n.t("contacts.noneDescription")}
          />
        }
      >
        <ul class="record-list" aria-label={i18n.t("contacts.title")}>
          <For each={props.contacts}>
            {(contact) => (
              <li class="record-list__item">
                <div class="record-list__main">
                  <span class="record-list__title">
                    {contact.name}
                    <Show when={contact.isPrimary}>
                      <Badge tone="info">{i18n.t("contacts.primaryBadge")}</Badge>
                    </Show>
                    <Badge>{i18n.tDynamic(`contacts.roles.${contact.role}`)}</Badge>
                  </span>
                  <Show when={contact.position}>
                    <span class="q-muted">{contact.position}</span>
                  </Show>
                  <span class="record-list__links">
                    <For each={contact.phones}>{(phone) => <PhoneLink phone={phone} />}</For>
                    <For each={contact.emails.map(emailLink)}>
                      {(link) => <a href={link.href}>{link.text}</a>}
                    </For>
                  </span>
                </div>
                <Show when={canWrite()}>
                  <RowActions
                    class="record-list__actions"
                    editLabel={i18n.t("contacts.editNamed", { name: contact.name })}
                    removeLabel={i18n.t("contacts.removeNamed", { name: contact.name })}
                    onEdit={() => openDialog(contact)}
                    onRemove={() => setRemoving(contact)}
                  />
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <ContactDialog clientId={props.clientId} contact={editing()} open={open()} onOpenChange={setOpen} />
      <ConfirmDialog
        open={removing() !== null}
        onOpenChange={(value) => !value && setRemoving(null)}
        title={i18n.t("contacts.removeTitle")}
        description={i18n.t("contacts.removeDescription", { name: removing()?.name ?? "" })}
        confirmLabel={i18n.t("contacts.remove")}
        tone="danger"
        onConfirm={async () => {
          const contact = removing();
          if (contact) await remove(contact);
          setRemoving(null);
        }}
      />
    </Card>
  );
}
