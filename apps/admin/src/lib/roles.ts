import type { SelectOption } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import type { AppI18n } from "../i18n/index.ts";
import { useApi } from "./api-context.tsx";
import type { RolesList } from "./api-types.ts";
import { useAccess } from "./me.ts";
import { orgKey } from "./org-key.ts";
import { roleName } from "./role-name.ts";

/** `core.roles.list` of the tab's organisation: built-in and custom roles with the permission catalog. */
export function useRoles() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "roles"),
    queryFn: () => trpc.core.roles.list.query(),
    enabled: access.can("core.org.read"),
  }));
}

/** Custom role ids → names, for `roleName`. */
export function customRoleNames(list: RolesList | undefined): Map<string, string> {
  return new Map((list?.roles ?? []).filter((r) => !r.builtIn).map((r) => [r.id, r.name.en]));
}

const assignable = ["admin", "head-of-sales", "member", "caller", "viewer"];

/** The roles one can give a member, an invitation or a key: every role but the owner's. */
export function roleOptions(i18n: AppI18n, list: RolesList | undefined): SelectOption[] {
  const custom = (list?.roles ?? [])
    .filter((r) => !r.builtIn)
    .map((r) => ({ value: r.id, label: r.name.en }));
  return [...assignable.map((id) => ({ value: id, label: roleName(i18n, id) })), ...custom];
}
