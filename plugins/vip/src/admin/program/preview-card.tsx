import { Button, Callout, Card } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { VipOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { reasonWords, tierName } from "../shared/words.ts";
import type { Draft } from "./program-draft.ts";

/** What `program.preview` answers. */
export type Preview = VipOutputs["program"]["preview"];

const groups = ["promoted", "demoted", "warned", "unchanged"] as const;
const shown = 8;

/**
 * What saving the draft will do, before it is saved: clients promoted, demoted, warned and
 * unchanged, with counts, names and the first reason of each; tier sizes now and after; then Save.
 */
export function PreviewCard(props: {
  preview: Preview;
  draft: Draft;
  currency: string;
  stale: boolean;
  saving: boolean;
  onSave: () => void;
}): JSX.Element {
  const moveWords = (item: Preview["promoted"][number]) => {
    const from = item.from === null ? null : tierName(props.draft.tiers, item.from);
    const to = item.to === null ? null : tierName(props.draft.tiers, item.to);
    const move = from && to && from !== to ? `${from} → ${to}` : (to ?? from ?? "");
    const why = item.reasons[0] ? reasonWords(item.reasons[0], props.draft.tiers, props.currency) : "";
    return [move, why].filter(Boolean).join(": ");
  };
  return (
    <Card
      class="vip-preview"
      title={i18n.t("program.previewTitle")}
      description={i18n.t("program.previewOf", { count: props.preview.counts.total })}
    >
      <div class="q-stack q-gap-4">
        <For each={groups.filter((g) => g !== "unchanged" || props.preview.counts.unchanged > 0)}>
          {(group) => (
            <section class="vip-section" data-group={group}>
              <h3>
                {i18n.t(`program.groups.${group}`)}: {props.preview.counts[group]}
              </h3>
              <Show when={group !== "unchanged" && props.preview[group].length > 0}>
                <ul class="vip-list">
                  <For each={props.preview[group].slice(0, shown)}>
                    {(item) => (
                      <li>
                        <strong>{item.name}</strong> <span class="vip-hint">{moveWords(item)}</span>
                      </li>
                    )}
                  </For>
                  <Show when={props.preview[group].length > shown}>
                    <li class="vip-hint">
                      {i18n.t("program.more", { count: props.preview[group].length - shown })}
                    </li>
                  </Show>
                </ul>
              </Show>
            </section>
          )}
        </For>
        <section class="vip-section">
          <h3>{i18n.t("program.sizes")}</h3>
          <ul class="vip-plain-list">
            <For each={props.preview.tiers}>
              {(size) => (
                <li class="vip-row-between" data-tier={size.tierKey ?? "none"}>
                  <span>
                    {size.tierKey === null
                      ? i18n.t("program.outside")
                      : tierName(props.draft.tiers, size.tierKey)}
                  </span>
                  <span class="vip-hint">
                    {i18n.t("program.now")} {size.before} → {i18n.t("program.after")} {size.after}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
        <Show when={!props.stale} fallback={<Callout tone="warning">{i18n.t("program.stale")}</Callout>}>
          <div>
            <Button variant="primary" loading={props.saving} onClick={() => props.onSave()}>
              {i18n.t("program.save")}
            </Button>
          </div>
        </Show>
      </div>
    </Card>
  );
}
