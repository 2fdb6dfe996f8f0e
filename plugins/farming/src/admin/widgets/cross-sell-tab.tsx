import { I18nProvider, loaded } from "@quartet/ui";
import { createResource, type JSX } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { OffersCard } from "../whitespace/offers-card.tsx";
import "../shared/farming.css";
import "../whitespace/whitespace.css";

/**
 * The client card's «Кросс-продажи» tab: the categories this client's peers buy and it does not,
 * each offer with its evidence and its buttons (the whitespace page's card for one client).
 */
export default function CrossSellTab(props: { clientId: string; clientName: string }): JSX.Element {
  const api = useFarmingApi();
  const [offers, { refetch }] = createResource(
    () => props.clientId,
    (clientId) => api.whitespace.offers.query({ clientId }),
  );
  return (
    <I18nProvider i18n={i18n}>
      <OffersCard
        client={{ id: props.clientId, name: props.clientName }}
        offers={loaded(offers)}
        onDecided={() => void refetch()}
      />
    </I18nProvider>
  );
}
