import { ConfirmDialog } from "@quartet/ui";
import { useQuery } from "@tanstack/solid-query";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { orgKey } from "../../lib/org-key.ts";

/**
 * Asks before merging `from` into `into`, saying what moves over (its contacts, orders with
 * payments, open tasks, timeline, handoffs and tags) and that `from`'s link will lead to `into`.
 */
export function MergeConfirm(props: {
  from: { id: string; name: string } | null;
  into: { id: string; name: string };
  onOpenChange: (open: boolean) => void;
  onConfirm: () => Promise<unknown>;
}): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const source = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "get", props.from?.id),
    queryFn: () => trpc.core.clients.get.query({ id: props.from?.id ?? "" }),
    enabled: props.from !== null,
  }));
  const page = () => (source.data && !source.data.merged ? source.data : null);
  const names = () => ({ from: props.from?.name ?? "", into: props.into.name });
  return (
    <ConfirmDialog
      open={props.from !== null}
      onOpenChange={props.onOpenChange}
      title={i18n.t("merge.confirmTitle", names())}
      confirmLabel={i18n.t("merge.confirm")}
      tone="danger"
      onConfirm={props.onConfirm}
    >
      <div class="merge-summary">
        <p>{i18n.t("merge.moves", names())}</p>
        <ul>
          <Show when={page()}>
            {(data) => (
              <>
                <li>{i18n.t("merge.movesContacts", { count: data().contacts.length })}</li>
                <li>{i18n.t("merge.movesOrders", { count: data().counts.orders })}</li>
                <li>{i18n.t("merge.movesTasks", { count: data().counts.openTasks })}</li>
              </>
            )}
          </Show>
          <li>{i18n.t("merge.movesRest")}</li>
        </ul>
        <p class="q-muted">{i18n.t("merge.fills", names())}</p>
      </div>
    </ConfirmDialog>
  );
}
