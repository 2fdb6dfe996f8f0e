import { type SalesFunction, salesFunctions, Switch as Toggle } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { For, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { runAction } from "../../lib/run-action.ts";
import { useSession } from "../../lib/session-context.tsx";

/** One row per function: its name and what it does, and a switch for the owner to cover it themselves. */
export function CoverRows(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const session = useSession();
  const queryClient = useQueryClient();
  const coverage = useQuery(() => ({
    queryKey: orgKey(org.id(), "staffing", "coverage"),
    queryFn: () => trpc.core.staffing.coverage.query(),
  }));
  const me = () => session.user()?.id ?? "";
  const covers = (fn: SalesFunction) =>
    coverage.data?.legs.find((leg) => leg.function === fn)?.people.some((p) => p.userId === me()) ?? false;
  const toggle = async (fn: SalesFunction, on: boolean) => {
    await runAction(i18n, () =>
      on
        ? trpc.core.staffing.assign.mutate({ userId: me(), function: fn })
        : trpc.core.staffing.unassign.mutate({ userId: me(), function: fn }),
    );
    await invalidateOrg(queryClient, org.id(), "staffing");
  };
  return (
    <ul class="cover-rows">
      <For each={salesFunctions}>
        {(fn) => (
          <li class="cover-rows__item" data-function={fn}>
            <span class="cover-rows__mark" aria-hidden="true" />
            <div class="cover-rows__text">
              <span class="cover-rows__name">{i18n.t(`functions.${fn}`)}</span>
              <span class="q-subtle">{i18n.t(`functions.about.${fn}`)}</span>
            </div>
            <Toggle
              label={i18n.t("onboarding.people.me")}
              checked={covers(fn)}
              disabled={coverage.isPending}
              onChange={(on) => toggle(fn, on)}
            />
          </li>
        )}
      </For>
    </ul>
  );
}
