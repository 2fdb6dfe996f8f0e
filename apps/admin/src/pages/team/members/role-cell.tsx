import { Badge, Select } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { Member } from "../../../lib/api-types.ts";
import { useAccess } from "../../../lib/me.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { roleName } from "../../../lib/role-name.ts";
import { customRoleNames, roleOptions, useRoles } from "../../../lib/roles.ts";
import { runAction } from "../../../lib/run-action.ts";

/** A member's role: a select for those who manage members (never for the owner or oneself), text otherwise. */
export function RoleCell(props: { member: Member }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const roles = useRoles();
  const queryClient = useQueryClient();
  const editable = () =>
    access.can("core.members.manage") &&
    props.member.role !== "owner" &&
    props.member.userId !== access.userId();
  const label = () => roleName(i18n, props.member.role, customRoleNames(roles.data));
  const change = async (role: string) => {
    if (role === props.member.role) return;
    const name = props.member.name || props.member.email;
    await runAction(
      i18n,
      () => trpc.core.members.changeRole.mutate({ userId: props.member.userId, role }),
      i18n.t("members.roleChanged", { name, role: roleName(i18n, role, customRoleNames(roles.data)) }),
    );
    await invalidateOrg(queryClient, org.id(), "members");
  };
  return (
    <Show
      when={editable()}
      fallback={<Badge tone={props.member.role === "owner" ? "info" : "neutral"}>{label()}</Badge>}
    >
      <Select
        class="role-cell"
        label={i18n.t("members.roleOf", { name: props.member.name || props.member.email })}
        labelHidden
        options={roleOptions(i18n, roles.data)}
        value={props.member.role}
        onChange={change}
      />
    </Show>
  );
}
