import { ConfirmDialog, IconMore, IconShield, IconTrash, Menu, MenuItem } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { Member } from "../../../lib/api-types.ts";
import { useAccess } from "../../../lib/me.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";

/** The "…" menu of a member: remove (never the owner), make the owner (only the owner may). */
export function MemberActions(props: { member: Member }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const [confirm, setConfirm] = createSignal<"remove" | "transfer" | null>(null);
  const isSelf = () => props.member.userId === access.userId();
  const canRemove = () => access.can("core.members.manage") && props.member.role !== "owner" && !isSelf();
  const canTransfer = () => access.isOwner() && !isSelf();
  const name = () => props.member.name || props.member.email;
  const refresh = async () => {
    await invalidateOrg(queryClient, org.id());
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
  const remove = () =>
    runAction(
      i18n,
      () => trpc.core.members.remove.mutate({ userId: props.member.userId }),
      i18n.t("members.removed", { name: name() }),
    ).then(refresh);
  const transfer = () =>
    runAction(
      i18n,
      () => trpc.core.members.transferOwnership.mutate({ userId: props.member.userId }),
      i18n.t("members.transferred", { name: name() }),
    ).then(refresh);
  return (
    <Show when={canRemove() || canTransfer()}>
      <Menu
        label={i18n.t("members.actionsFor", { name: name() })}
        triggerClass="row-menu"
        trigger={<IconMore size={16} />}
      >
        <Show when={canTransfer()}>
          <MenuItem icon={<IconShield size={14} />} onSelect={() => setConfirm("transfer")}>
            {i18n.t("members.transfer")}
          </MenuItem>
        </Show>
        <Show when={canRemove()}>
          <MenuItem tone="danger" icon={<IconTrash size={14} />} onSelect={() => setConfirm("remove")}>
            {i18n.t("members.remove")}
          </MenuItem>
        </Show>
      </Menu>
      <ConfirmDialog
        open={confirm() === "remove"}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={i18n.t("members.removeTitle", { name: name() })}
        description={i18n.t("members.removeText")}
        confirmLabel={i18n.t("common.remove")}
        tone="danger"
        onConfirm={remove}
      />
      <ConfirmDialog
        open={confirm() === "transfer"}
        onOpenChange={(open) => !open && setConfirm(null)}
        title={i18n.t("members.transferTitle", { name: name() })}
        description={i18n.t("members.transferText")}
        confirmLabel={i18n.t("members.transfer")}
        onConfirm={transfer}
      />
    </Show>
  );
}
