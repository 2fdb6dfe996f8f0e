import { IconCheck, IconPhone, IconUsers } from "@quartet/ui";
import { type JSX, Match, Switch } from "solid-js";

/** The icon of an agenda item's kind: a tick for a task, a handset for a callback, people for a meeting. */
export function KindIcon(props: { kind: "task" | "callback" | "meeting"; size?: number }): JSX.Element {
  return (
    <Switch fallback={<IconCheck size={props.size} />}>
      <Match when={props.kind === "callback"}>
        <IconPhone size={props.size} />
      </Match>
      <Match when={props.kind === "meeting"}>
        <IconUsers size={props.size} />
      </Match>
    </Switch>
  );
}
