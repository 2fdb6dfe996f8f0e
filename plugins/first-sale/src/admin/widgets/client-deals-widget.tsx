import { Card, I18nProvider } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, For, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import "../board/board.css";

/** The `client.sidePanel` widget: the client's deals with their amounts and status. */
export default function ClientDealsWidget(props: { clientId: string }): JSX.Element {
  const api = useFirstSaleApi();
  const [deals] = createResource(
    () => props.clientId,
    (clientId) => api.deals.list.query({ clientId }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <Card>
        <h2 class="fs-widget__title">{i18n.t("widget.title")}</h2>
        <Show when={deals()}>
          {(page) => (
            <ul class="fs-widget__list">
              <For each={page().items} fallback={<li>{i18n.t("board.noDeals")}</li>}>
                {(deal) => (
                  <li>
                    <A href={`/deals/${deal.id}`}>{deal.title}</A> · {deal.stageName} ·{" "}
                    {i18n.formatMoney(deal.amount)}
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </Card>
    </I18nProvider>
  );
}
