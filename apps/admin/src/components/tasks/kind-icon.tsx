import { IconCheck, IconUsers } from "@quartet/ui";
import { type JSX, Match, Switch } from "solid-js";

/** A handset: a callback promised to a client. Drawn like the UI kit's icons (24-unit box, `currentColor`). */
function IconPhone(props: { size?: number }): JSX.Element {
  return (
    <svg
      width={props.size ?? 16}
      height={props.size ?? 16}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="1.8"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
    >
      <path d="M22 16.9v3a2 2 0 0 1-2.2 2 19.8 19.8 0 0 1-8.6-3.1 19.5 19.5 0 0 1-6-6A19.8 19.8 0 0 1 2.1 4.2 2 2 0 0 1 4.1 2h3a2 2 0 0 1 2 1.7c.1.9.4 1.8.7 2.7a2 2 0 0 1-.5 2.1L8 9.8a16 16 0 0 0 6 6l1.3-1.3a2 2 0 0 1 2.1-.4c.9.3 1.8.6 2.7.7a2 2 0 0 1 1.7 2z" />
    </svg>
  );
}

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
