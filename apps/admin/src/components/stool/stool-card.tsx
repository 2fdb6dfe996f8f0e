import { Card, type Status, StatusPill } from "@quartet/ui";
import { createMemo, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { type LegView, legSummary } from "./leg-view.ts";
import { LegsLegend } from "./legs-legend.tsx";
import { Stool } from "./stool.tsx";
import "./stool.css";

/** "The four legs": the stool drawing, a summary pill and, under each leg, who holds it up. */
export function StoolCard(props: {
  legs: readonly LegView[];
  title?: string;
  description?: string;
  actions?: JSX.Element;
  class?: string;
}): JSX.Element {
  const i18n = useT();
  const summary = createMemo(() => legSummary(props.legs));
  const standing = () => summary().covered.length;
  const status = (): Status => (standing() === 4 ? "ok" : standing() === 0 ? "error" : "warning");
  const text = () => {
    if (standing() === 4) return i18n.t("legs.all");
    if (standing() === 0) return i18n.t("legs.none");
    return i18n.t("legs.covered", { count: standing() });
  };
  const names = (list: readonly string[]) =>
    list.length > 0 ? list.map((fn) => i18n.tDynamic(`functions.${fn}`)).join(", ") : i18n.t("legs.nothing");
  const label = () =>
    i18n.t("legs.diagram", {
      present: names(summary().covered),
      missing: names([...summary().missing, ...summary()["no-plugin"]]),
      muted: names(summary()["all-paused"]),
    });
  return (
    <Card
      title={props.title ?? i18n.t("legs.title")}
      description={props.description ?? i18n.t("legs.description")}
      actions={
        <div class="q-row">
          <StatusPill status={status()}>{text()}</StatusPill>
          {props.actions}
        </div>
      }
      class={`legs-card${props.class ? ` ${props.class}` : ""}`}
    >
      <div class="legs">
        <Stool legs={props.legs} label={label()} />
        <LegsLegend legs={props.legs} />
      </div>
    </Card>
  );
}
