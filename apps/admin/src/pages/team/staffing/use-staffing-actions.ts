import type { SalesFunction } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";

/** A change to one person's assignment: capacity per day (null: no limit), pause, team. */
export type AssignmentChange = { capacityPerDay?: number | null; paused?: boolean; teamId?: string | null };

/** The staffing writes of the team page; each reports failure in a toast and refreshes coverage. */
export function useStaffingActions() {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const refresh = () => invalidateOrg(queryClient, org.id(), "staffing");
  const fnName = (fn: SalesFunction) => i18n.t(`functions.${fn}`);
  return {
    assign: async (userId: string, fn: SalesFunction, name: string) => {
      const ok = await runAction(
        i18n,
        () => trpc.core.staffing.assign.mutate({ userId, function: fn }),
        i18n.t("staffing.assigned", { name, function: fnName(fn) }),
      );
      await refresh();
      return ok;
    },
    change: async (userId: string, fn: SalesFunction, change: AssignmentChange) => {
      const ok = await runAction(i18n, () =>
        trpc.core.staffing.assign.mutate({ userId, function: fn, ...change }),
      );
      await refresh();
      return ok;
    },
    unassign: async (userId: string, fn: SalesFunction, name: string) => {
      const ok = await runAction(
        i18n,
        () => trpc.core.staffing.unassign.mutate({ userId, function: fn }),
        i18n.t("staffing.unassigned", { name, function: fnName(fn) }),
      );
      await refresh();
      return ok;
    },
    deleteTeam: async (teamId: string, name: string) => {
      await runAction(
        i18n,
        () => trpc.core.staffing.deleteTeam.mutate({ teamId }),
        i18n.t("staffing.teamDeleted", { name }),
      );
      await refresh();
    },
  };
}
