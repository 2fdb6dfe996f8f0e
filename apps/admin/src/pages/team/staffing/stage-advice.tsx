import { Callout } from "@quartet/ui";
import { For, type JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { Coverage, Member } from "../../../lib/api-types.ts";

/** The server's hints comparing who covers the legs with the declared growth stage, in words. */
export function StageAdvice(props: {
  advice: Coverage["stageAdvice"];
  members: readonly Member[];
}): JSX.Element {
  const i18n = useT();
  const text = (hint: Coverage["stageAdvice"][number]) => {
    const member = props.members.find((m) => m.userId === hint.userId);
    return i18n.t(`staffing.advice.${hint.code}`, {
      name: member ? member.name || member.email : "",
      function: hint.function ? i18n.t(`functions.${hint.function}`) : "",
    });
  };
  return <For each={props.advice}>{(hint) => <Callout tone="info">{text(hint)}</Callout>}</For>;
}
