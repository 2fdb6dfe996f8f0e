import { Badge, type BadgeTone, Button, Card, EmptyState, IconArrowRight, showToast } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { HandoffAnswer } from "../../components/handoffs/handoff-answer.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { useMembers } from "../team/queries.ts";
import type { HandoffRecord } from "./client-types.ts";
import { assignmentKey } from "./handoff-assignment.ts";
import { HandoffDialog } from "./handoff-dialog.tsx";

const stateTone: Record<string, BadgeTone> = {
  requested: "info",
  accepted: "success",
  rejected: "danger",
  cancelled: "neutral",
  expired: "warning",
};

/**
 * A client's handoffs between functions, newest first: who sent it where, to whom, the note and
 * the decision. "Hand over" asks for a new one; the receiver answers a waiting one right here.
 */
export function ClientHandoffs(props: { clientId: string; stage: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const members = useMembers();
  const [requesting, setRequesting] = createSignal(false);
  const handoffs = useQuery(() => ({
    queryKey: orgKey(org.id(), "handoffs", "client", props.clientId),
    queryFn: () => trpc.core.handoffs.forClient.query({ clientId: props.clientId }),
    enabled: access.can("core.handoffs.use"),
  }));
  const nameOf = (userId: string) =>
    members.data?.find((member) => member.userId === userId)?.name ?? i18n.t("owners.someone");
  const receiver = (handoff: HandoffRecord) =>
    handoff.receiverId
      ? i18n.t("handoffs.waitingFor", { name: nameOf(handoff.receiverId) })
      : i18n.t("handoffs.waitingForAnyone", { function: i18n.tDynamic(`functions.${handoff.toFunction}`) });
  const isMine = (handoff: HandoffRecord) =>
    handoff.state === "requested" && handoff.receiverId !== null && handoff.receiverId === access.userId();
  return (
    <Show when={access.can("core.handoffs.use")}>
      <Card
        title={i18n.t("handoffs.title")}
        padding="flush"
        actions={
          <Button variant="secondary" size="sm" icon={<IconArrowRight />} onClick={() => setRequesting(true)}>
            {i18n.t("handoffs.request")}
          </Button>
        }
      >
        <Show
          when={(handoffs.data?.items.length ?? 0) > 0}
          fallback={<EmptyState icon={<IconArrowRight />} title={i18n.t("handoffs.none")} />}
        >
          <ul class="record-list" aria-label={i18n.t("handoffs.title")}>
            <For each={handoffs.data?.items}>
              {(handoff) => (
                <li class="record-list__item record-list__item--stacked">
                  <div class="record-list__title">
                    <Badge tone={handoff.fromFunction as BadgeTone}>
                      {i18n.tDynamic(`functions.${handoff.fromFunction}`)}
                    </Badge>
                    <span aria-hidden="true">→</span>
                    <Badge tone={handoff.toFunction as BadgeTone}>
                      {i18n.tDynamic(`functions.${handoff.toFunction}`)}
                    </Badge>
                    <Badge tone={handoff.overdue ? "warning" : (stateTone[handoff.state] ?? "neutral")}>
                      {handoff.overdue
                        ? i18n.t("handoffs.overdue")
                        : i18n.tDynamic(`handoffs.states.${handoff.state}`)}
                    </Badge>
                    <span class="q-subtle">{i18n.formatDateTime(handoff.createdAt)}</span>
                  </div>
                  <p class="record-list__note">{handoff.note}</p>
                  <span class="q-muted">
                    {receiver(handoff)}
                    <Show when={assignmentKey(handoff.assignmentReason, handoff.toFunction)}>
                      {(key) => ` · ${i18n.tDynamic(key())}`}
                    </Show>
                    <Show when={handoff.state === "requested"}>
                      {" · "}
                      {i18n.t("handoffs.acceptBy", { when: i18n.formatDateTime(handoff.acceptBy) })}
                    </Show>
                  </span>
                  <Show when={handoff.reason}>
                    {(reason) => (
                      <span class="q-muted">{i18n.t("handoffs.decided", { reason: reason() })}</span>
                    )}
                  </Show>
                  <Show when={isMine(handoff)}>
                    <HandoffAnswer
                      onAccept={async () => {
                        await trpc.core.handoffs.accept.mutate({ handoffId: handoff.id });
                        showToast({ title: i18n.t("handoffs.accepted"), tone: "success" });
                        await refresh("handoffs", "clients", "timeline");
                      }}
                      onReject={async (reason) => {
                        await trpc.core.handoffs.reject.mutate({ handoffId: handoff.id, reason });
                        showToast({ title: i18n.t("handoffs.rejected"), tone: "success" });
                        await refresh("handoffs", "clients", "timeline");
                      }}
                    />
                  </Show>
                </li>
              )}
            </For>
          </ul>
        </Show>
        <HandoffDialog
          clientId={props.clientId}
          stage={props.stage}
          open={requesting()}
          onOpenChange={setRequesting}
        />
      </Card>
    </Show>
  );
}
