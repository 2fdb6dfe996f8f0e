import { Badge } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** The marks of a rotting deal: stale in its stage, and no next step planned. */
export function DealMarks(props: { rotting: readonly string[] }): JSX.Element {
  return (
    <For each={props.rotting}>
      {(reason) => (
        <Badge tone="warning">
          {reason === "stale" ? i18n.t("marks.stale") : i18n.t("marks.noNextStep")}
        </Badge>
      )}
    </For>
  );
}

/** A deal's status as a badge. */
export function StatusBadge(props: { status: "open" | "won" | "lost" }): JSX.Element {
  const tone = () => (props.status === "won" ? "success" : props.status === "lost" ? "danger" : "info");
  return <Badge tone={tone()}>{i18n.t(`status.${props.status}`)}</Badge>;
}
