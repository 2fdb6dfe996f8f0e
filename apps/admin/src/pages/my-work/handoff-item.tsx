import { Badge } from "@quartet/ui";
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { HandoffAnswer } from "../../components/handoffs/handoff-answer.tsx";
import { useT } from "../../i18n/index.ts";

/** A pending handoff as `core.handoffs.pending` lists it. */
export type PendingHandoff = {
  id: string;
  clientId: string;
  clientName: string | null;
  fromFunction: string;
  toFunction: string;
  note: string;
  acceptBy: number;
  overdue: boolean;
};

/** One handoff waiting for the user: the client, from which function to which, the note, accept or reject with a reason. */
export function HandoffItem(props: {
  handoff: PendingHandoff;
  onAccept: (handoffId: string) => Promise<void>;
  onReject: (handoffId: string, reason: string) => Promise<void>;
}): JSX.Element {
  const i18n = useT();
  return (
    <li class="handoff-item" data-overdue={props.handoff.overdue ? "" : undefined}>
      <div class="handoff-item__head">
        <A href={`/clients/${props.handoff.clientId}`} class="handoff-item__client">
          {props.handoff.clientName ?? props.handoff.clientId}
        </A>
        <span class="handoff-item__route">
          <Badge tone={props.handoff.fromFunction as "prospecting"}>
            {i18n.tDynamic(`functions.${props.handoff.fromFunction}`)}
          </Badge>
          →
          <Badge tone={props.handoff.toFunction as "prospecting"}>
            {i18n.tDynamic(`functions.${props.handoff.toFunction}`)}
          </Badge>
        </span>
        <span class="q-subtle">
          {i18n.t(props.handoff.overdue ? "myWork.overdueSince" : "myWork.acceptBy", {
            when: i18n.formatDateTime(props.handoff.acceptBy),
          })}
        </span>
      </div>
      <p class="handoff-item__note">{props.handoff.note}</p>
      <HandoffAnswer
        onAccept={() => props.onAccept(props.handoff.id)}
        onReject={(reason) => props.onReject(props.handoff.id, reason)}
      />
    </li>
  );
}
