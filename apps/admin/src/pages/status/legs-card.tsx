import { Card, type Status, StatusPill, salesFunctions } from "@quartet/ui";
import { createMemo, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { InstalledPlugin } from "../../lib/healthz.ts";
import { legsOf, standingLegs } from "./legs.ts";
import { Stool } from "./stool.tsx";

/** "The four legs": the stool drawing, a summary and, under each leg, the plugins holding it. */
export function LegsCard(props: { plugins: readonly InstalledPlugin[] }): JSX.Element {
  const i18n = useT();
  const legs = createMemo(() => legsOf(salesFunctions, props.plugins));
  const standing = () => standingLegs(legs());
  const status = (): Status => (standing() === 4 ? "ok" : standing() === 0 ? "error" : "warning");
  const summary = () => {
    if (standing() === 4) return i18n.t("status.legs.all");
    if (standing() === 0) return i18n.t("status.legs.none");
    return i18n.t("status.legs.covered", { count: standing() });
  };
  const names = (present: boolean) => {
    const list = legs()
      .filter((leg) => leg.plugins.length > 0 === present)
      .map((leg) => i18n.t(`functions.${leg.function}`));
    return list.length > 0 ? list.join(", ") : i18n.t("status.legs.nothing");
  };
  const diagramLabel = () => i18n.t("status.legs.diagram", { present: names(true), missing: names(false) });

  return (
    <Card
      title={i18n.t("status.legs.title")}
      description={i18n.t("status.legs.description")}
      actions={<StatusPill status={status()}>{summary()}</StatusPill>}
      class="legs-card"
    >
      <div class="legs">
        <Stool legs={legs()} label={diagramLabel()} />
        <ul class="legs__legend">
          <For each={legs()}>
            {(leg) => (
              <li
                class="legs__item"
                data-function={leg.function}
                data-missing={leg.plugins.length ? undefined : ""}
              >
                <span class="legs__mark" aria-hidden="true" />
                <span class="legs__name">{i18n.t(`functions.${leg.function}`)}</span>
                <Show
                  when={leg.plugins.length > 0}
                  fallback={<span class="legs__missing">{i18n.t("status.legs.missing")}</span>}
                >
                  <span class="legs__plugins">
                    {leg.plugins.map((plugin) => i18n.localized(plugin.name)).join(", ")}
                  </span>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Card>
  );
}
