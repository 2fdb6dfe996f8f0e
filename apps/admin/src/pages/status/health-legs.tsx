import { salesFunctions } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { legsFromCoverage, legsFromPlugins, needingPlugins } from "../../components/stool/leg-view.ts";
import { StoolCard } from "../../components/stool/stool-card.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import type { useHealthz } from "../../lib/healthz.ts";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";

/**
 * The stool of the health page: who covers each leg (`core.staffing.coverage`) for those who
 * may see it — a leg stands when people cover it and its plugin is on — otherwise which legs an
 * installed plugin serves.
 */
export function HealthLegs(props: { healthz: ReturnType<typeof useHealthz> }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const coverage = useQuery(() => ({
    queryKey: orgKey(org.id(), "staffing", "coverage"),
    queryFn: () => trpc.core.staffing.coverage.query(),
    enabled: access.can("core.staffing.read"),
  }));
  const legs = () => {
    if (coverage.data) return needingPlugins(legsFromCoverage(coverage.data.legs));
    const plugins = props.healthz.data?.plugins ?? [];
    return legsFromPlugins(
      salesFunctions,
      plugins.map((plugin) => ({ function: plugin.function, name: i18n.localized(plugin.name) })),
    );
  };
  return (
    <StoolCard
      legs={legs()}
      actions={
        <Show when={access.can("core.staffing.manage")}>
          <A class="q-button" data-variant="ghost" data-size="sm" href="/team">
            {i18n.t("legs.manage")}
          </A>
        </Show>
      }
    />
  );
}
