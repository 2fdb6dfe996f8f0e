import { createResource, For, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";

/** A proposal's versions, oldest first: when written, the total, the validity. */
export function ProposalVersions(props: { proposalId: string }): JSX.Element {
  const api = useFirstSaleApi();
  const [proposal] = createResource(
    () => props.proposalId,
    (proposalId) => api.proposals.get.query({ proposalId }),
  );
  return (
    <Show when={proposal()}>
      {(p) => (
        <ol class="fs-versions">
          <For each={p().versions}>
            {(v) => (
              <li class="fs-row">
                <span>{i18n.t("proposals.version", { version: v.version })}</span>
                <span class="fs-muted">{i18n.formatDate(v.issuedOn)}</span>
                <span>{i18n.formatMoney(v.total)}</span>
                <span class="fs-muted">
                  {i18n.t("proposals.validTill", { date: i18n.formatDate(v.validUntil) })}
                </span>
              </li>
            )}
          </For>
        </ol>
      )}
    </Show>
  );
}
