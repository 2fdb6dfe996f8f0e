import { Button, Dialog, EmptyState, IconSearch, Spinner } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useQuery } from "@tanstack/solid-query";
import { createSignal, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { runAction } from "../../lib/run-action.ts";
import { type DuplicateCandidate, DuplicateList } from "../clients/duplicate-list.tsx";
import type { ClientRecord } from "./client-types.ts";
import { MergeConfirm } from "./merge-confirm.tsx";

/**
 * "Find duplicates" of a client: clients with the same INN, phone, email or website or a similar
 * name, each to open or — for those who may merge — to merge into this client after a confirmation.
 */
export function ClientDuplicates(props: {
  client: ClientRecord;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const [merging, setMerging] = createSignal<DuplicateCandidate | null>(null);
  const duplicates = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "duplicatesOf", props.client.id, props.client.updatedAt),
    queryFn: () =>
      trpc.core.clients.checkDuplicates.query({
        excludeId: props.client.id,
        name: props.client.name,
        inn: props.client.inn,
        phones: props.client.phones,
        emails: props.client.emails,
        website: props.client.website,
      }),
    enabled: props.open,
  }));
  const candidates = () => [...(duplicates.data?.blocking ?? []), ...(duplicates.data?.warnings ?? [])];
  const merge = async () => {
    const from = merging();
    if (!from) return;
    const ok = await runAction(
      i18n,
      () => trpc.core.clients.merge.mutate({ intoId: props.client.id, fromId: from.id }),
      i18n.t("merge.done", { from: from.name, into: props.client.name }),
    );
    setMerging(null);
    if (!ok) return;
    await refresh("clients", "orders", "timeline", "handoffs");
  };
  const actions = (candidate: DuplicateCandidate) => (
    <span class="duplicates__actions">
      <A
        class="q-button"
        data-variant="ghost"
        data-size="sm"
        href={`/clients/${candidate.id}`}
        aria-label={i18n.t("merge.openNamed", { name: candidate.name })}
        onClick={() => props.onOpenChange(false)}
      >
        {i18n.t("merge.open")}
      </A>
      <Show when={access.can("core.clients.merge")}>
        <Button
          variant="secondary"
          size="sm"
          aria-label={i18n.t("merge.mergeNamed", { name: candidate.name })}
          onClick={() => {
            // One dialog at a time: a second modal on top of the first is hidden from screen readers.
            props.onOpenChange(false);
            setMerging(candidate);
          }}
        >
          {i18n.t("merge.mergeHere")}
        </Button>
      </Show>
    </span>
  );
  return (
    <>
      <Dialog
        open={props.open}
        onOpenChange={props.onOpenChange}
        title={i18n.t("merge.title")}
        size="lg"
        footer={
          <Button variant="secondary" onClick={() => props.onOpenChange(false)}>
            {i18n.t("common.close")}
          </Button>
        }
      >
        <Switch fallback={<Spinner />}>
          <Match when={duplicates.data && candidates().length === 0}>
            <EmptyState icon={<IconSearch />} title={i18n.t("merge.none")} />
          </Match>
          <Match when={candidates().length > 0}>
            <DuplicateList
              tone="warning"
              title={i18n.t("merge.title")}
              candidates={candidates()}
              action={actions}
            />
          </Match>
        </Switch>
      </Dialog>
      <MergeConfirm
        from={merging()}
        into={props.client}
        onOpenChange={(open) => !open && setMerging(null)}
        onConfirm={merge}
      />
    </>
  );
}
