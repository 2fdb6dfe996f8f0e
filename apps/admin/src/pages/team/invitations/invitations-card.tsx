import {
  Badge,
  Button,
  Card,
  ConfirmDialog,
  EmptyState,
  IconMail,
  Table,
  type TableColumn,
} from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { Invitation } from "../../../lib/api-types.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { roleName } from "../../../lib/role-name.ts";
import { customRoleNames, useRoles } from "../../../lib/roles.ts";
import { runAction } from "../../../lib/run-action.ts";
import { useInvitations } from "../queries.ts";
import { InviteForm } from "./invite-form.tsx";

/** Invitations: invite by email with a role (and copy the link), and the pending ones with a revoke button. */
export function InvitationsCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const invitations = useInvitations();
  const roles = useRoles();
  const [revoking, setRevoking] = createSignal<Invitation | null>(null);
  const revoke = async () => {
    const invitation = revoking();
    if (!invitation) return;
    await runAction(
      i18n,
      () => trpc.core.invitations.revoke.mutate({ invitationId: invitation.id }),
      i18n.t("invitations.revoked", { email: invitation.email }),
    );
    await invalidateOrg(queryClient, org.id(), "invitations");
  };
  const columns = (): TableColumn<Invitation>[] => [
    {
      id: "email",
      header: i18n.t("invitations.email"),
      cell: (inv) => <span class="person__name">{inv.email}</span>,
    },
    {
      id: "role",
      header: i18n.t("invitations.role"),
      cell: (inv) => <Badge>{roleName(i18n, inv.role, customRoleNames(roles.data))}</Badge>,
    },
    {
      id: "sent",
      header: i18n.t("invitations.sent"),
      cell: (inv) => <span class="q-subtle cell-date">{i18n.formatDate(inv.createdAt)}</span>,
    },
    {
      id: "expires",
      header: i18n.t("invitations.expires"),
      cell: (inv) => (
        <Show when={!inv.expired} fallback={<Badge tone="warning">{i18n.t("invitations.expired")}</Badge>}>
          <span class="q-subtle cell-date">{i18n.formatDate(inv.expiresAt)}</span>
        </Show>
      ),
    },
    {
      id: "revoke",
      header: i18n.t("common.actions"),
      headerHidden: true,
      align: "end",
      cell: (inv) => (
        <Button
          size="sm"
          variant="ghost"
          aria-label={i18n.t("invitations.revokeLabel", { email: inv.email })}
          onClick={() => setRevoking(inv)}
        >
          {i18n.t("invitations.revoke")}
        </Button>
      ),
    },
  ];
  return (
    <Card title={i18n.t("invitations.title")} description={i18n.t("invitations.description")} padding="flush">
      <div class="card-section">
        <InviteForm />
      </div>
      <Table
        caption={i18n.t("invitations.pending")}
        columns={columns()}
        rows={invitations.data ?? []}
        rowKey={(inv) => inv.id}
        empty={<EmptyState icon={<IconMail />} title={i18n.t("invitations.empty")} />}
      />
      <ConfirmDialog
        open={revoking() !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
        title={i18n.t("invitations.revokeTitle", { email: revoking()?.email ?? "" })}
        description={i18n.t("invitations.revokeText")}
        confirmLabel={i18n.t("invitations.revoke")}
        tone="danger"
        onConfirm={revoke}
      />
    </Card>
  );
}
