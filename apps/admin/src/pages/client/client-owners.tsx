import { Card, type SalesFunction, Select, salesFunctions } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { useOrgRefresh } from "../../lib/org-refresh.ts";
import { runAction } from "../../lib/run-action.ts";
import { useMembers } from "../team/queries.ts";
import type { ClientRecord } from "./client-types.ts";

// The picker's value for "not assigned" (a select cannot hold null).
const nobody = "none";

/**
 * Who is responsible for the client in each of the four functions; those who may write the
 * client change it with a member picker, others read the names.
 */
export function ClientOwners(props: { client: ClientRecord }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const access = useAccess();
  const refresh = useOrgRefresh();
  const members = useMembers();
  const nameOf = (userId: string | null) =>
    userId === null
      ? i18n.t("owners.nobody")
      : (members.data?.find((member) => member.userId === userId)?.name ?? i18n.t("owners.someone"));
  const options = () => [
    { value: nobody, label: i18n.t("owners.nobody") },
    ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.name })),
  ];
  const change = async (fn: SalesFunction, userId: string) => {
    const label = i18n.t(`functions.${fn}`);
    const ok = await runAction(
      i18n,
      () =>
        trpc.core.clients.setOwner.mutate({
          clientId: props.client.id,
          function: fn,
          userId: userId || null,
        }),
      i18n.t("owners.saved", { function: label }),
    );
    if (ok) {
      await refresh("clients", "timeline");
    }
  };
  return (
    <Card title={i18n.t("owners.title")}>
      <Show
        when={access.can("core.clients.write") && members.data}
        fallback={
          <dl class="owner-list">
            <For each={salesFunctions}>
              {(fn) => (
                <div class="owner-list__row">
                  <dt>{i18n.t(`functions.${fn}`)}</dt>
                  <dd>{nameOf(props.client.owners[fn])}</dd>
                </div>
              )}
            </For>
          </dl>
        }
      >
        <div class="owner-list">
          <For each={salesFunctions}>
            {(fn) => (
              <Select
                label={i18n.t(`functions.${fn}`)}
                options={options()}
                value={props.client.owners[fn] ?? nobody}
                onChange={(userId) => void change(fn, userId)}
              />
            )}
          </For>
        </div>
      </Show>
    </Card>
  );
}
