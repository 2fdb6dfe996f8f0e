import { Card, Spinner } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { FarmingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { OfferItem } from "../shared/offer-item.tsx";

/** A client's offers as `whitespace.offers` answers them. */
export type ClientOffers = FarmingOutputs["whitespace"]["offers"];

/** What to offer the picked client, each offer with its evidence and its buttons. */
export function OffersCard(props: {
  client: { id: string; name: string } | null;
  offers: ClientOffers | undefined;
  onDecided: () => void;
}): JSX.Element {
  return (
    <Card
      class="fm-offers-card"
      title={
        props.client ? i18n.t("whitespace.offersFor", { name: props.client.name }) : i18n.t("client.offers")
      }
    >
      <Show when={props.client} fallback={<p class="fm-hint">{i18n.t("whitespace.pick")}</p>}>
        {(client) => (
          <Show when={props.offers?.clientId === client().id} fallback={<Spinner />}>
            <ul class="fm-list fm-offers">
              <For
                each={props.offers?.items ?? []}
                fallback={<li class="fm-hint">{i18n.t("whitespace.noOffers")}</li>}
              >
                {(offer) => (
                  <OfferItem clientId={client().id} offer={offer} onDecided={() => props.onDecided()} />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </Card>
  );
}
