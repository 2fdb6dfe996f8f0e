import { Card, RadioCards, showToast } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import type { GrowthStage } from "../../../lib/api-types.ts";
import { useAccess } from "../../../lib/me.ts";
import { invalidateOrg } from "../../../lib/org-key.ts";
import { runAction } from "../../../lib/run-action.ts";
import { useStageOptions } from "../../onboarding/stage-options.tsx";
import { useOrganisation } from "../queries.ts";

/** The growth stage as three cards; changing it (`core.org.update`) needs `core.org.manage`. */
export function StageCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const organisation = useOrganisation();
  const stages = useStageOptions();
  const change = async (value: string) => {
    const growthStage = value as GrowthStage;
    if (growthStage === organisation.data?.growthStage) return;
    const ok = await runAction(i18n, () => trpc.core.org.update.mutate({ growthStage }));
    if (ok) showToast({ title: i18n.t("staffing.stageSaved"), tone: "success" });
    await invalidateOrg(queryClient, org.id());
    await queryClient.invalidateQueries({ queryKey: ["me"] });
  };
  return (
    <Card title={i18n.t("staffing.stage")} description={i18n.t("staffing.stageText")}>
      <RadioCards
        label={i18n.t("stages.label")}
        labelHidden
        options={stages()}
        value={organisation.data?.growthStage}
        onChange={change}
        disabled={!access.can("core.org.manage") || !organisation.data}
      />
    </Card>
  );
}
