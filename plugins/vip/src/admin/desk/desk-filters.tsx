import { Checkbox, Select } from "@quartet/ui";
import type { JSX } from "solid-js";
import type { VipInputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** The desk's filters as `clients.list` takes them. */
export type DeskFilter = VipInputs["clients"]["list"];

type Option = { value: string; label: string };

/** Tier, manager, reply state and revenue trend pickers, and the grace / review switches. */
export function DeskFilters(props: {
  value: DeskFilter;
  tiers: readonly Option[];
  managers: readonly Option[];
  onChange: (next: DeskFilter) => void;
}): JSX.Element {
  const set = (patch: Partial<DeskFilter>) => props.onChange({ ...props.value, ...patch });
  const any = (value: string) => (value === "_any" ? undefined : value);
  return (
    <fieldset class="vip-filters">
      <legend class="q-visually-hidden">{i18n.t("desk.filters")}</legend>
      <Select
        label={i18n.t("desk.tier")}
        options={[{ value: "_any", label: i18n.t("desk.allTiers") }, ...props.tiers]}
        value={props.value.tierKey ?? "_any"}
        onChange={(v) => set({ tierKey: any(v) })}
      />
      <Select
        label={i18n.t("desk.manager")}
        options={[{ value: "_any", label: i18n.t("desk.allManagers") }, ...props.managers]}
        value={props.value.managerId ?? "_any"}
        onChange={(v) => set({ managerId: any(v) })}
      />
      <Select
        label={i18n.t("desk.sla")}
        options={[
          { value: "_any", label: i18n.t("desk.anySla") },
          ...(["breached", "running", "ok"] as const).map((s) => ({
            value: s,
            label: i18n.t(`slaState.${s}`),
          })),
        ]}
        value={props.value.sla ?? "_any"}
        onChange={(v) => set({ sla: any(v) as DeskFilter["sla"] })}
      />
      <Select
        label={i18n.t("desk.trend")}
        options={[
          { value: "_any", label: i18n.t("desk.anyTrend") },
          ...(["up", "flat", "down"] as const).map((s) => ({ value: s, label: i18n.t(`trend.${s}`) })),
        ]}
        value={props.value.trend ?? "_any"}
        onChange={(v) => set({ trend: any(v) as DeskFilter["trend"] })}
      />
      <div class="vip-switches">
        <Checkbox
          label={i18n.t("desk.inGrace")}
          checked={props.value.inGrace === true}
          onChange={(on) => set({ inGrace: on ? true : undefined })}
        />
        <Checkbox
          label={i18n.t("desk.reviewDue")}
          checked={props.value.reviewDue === true}
          onChange={(on) => set({ reviewDue: on ? true : undefined })}
        />
      </div>
    </fieldset>
  );
}
