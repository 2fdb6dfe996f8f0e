import { Button, showToast } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createSignal, type JSX, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText } from "./error-text.ts";
import { type OfferEvidence, offerEvidence, offerLift } from "./offer-evidence.ts";
import { useCan } from "./permissions.ts";

/** An offer as the server gives it: the category and its evidence. */
export type OfferView = OfferEvidence & { categoryId: string };

/**
 * One cross-sell offer: the category, why in words, and in one click an expansion deal from it
 * (then a link to the deal) or «not relevant», which hides it.
 */
export function OfferItem(props: { clientId: string; offer: OfferView; onDecided: () => void }): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const [dealId, setDealId] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const input = () => ({ clientId: props.clientId, categoryId: props.offer.categoryId });
  const decide = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      showToast({ title: errorText(error), tone: "error" });
    } finally {
      setBusy(false);
    }
  };
  const accept = () =>
    decide(async () => {
      const result = await api.whitespace.accept.mutate(input());
      setDealId(result.dealId);
      showToast({ title: i18n.t("whitespace.created"), tone: "success" });
    });
  const dismiss = () =>
    decide(async () => {
      await api.whitespace.dismiss.mutate(input());
      showToast({ title: i18n.t("whitespace.dismissed"), tone: "success" });
      props.onDecided();
    });
  return (
    <li class="fm-offer" data-category={props.offer.categoryName}>
      <p class="fm-offer__category">{props.offer.categoryName}</p>
      <p class="fm-offer__evidence">{offerEvidence(props.offer)}</p>
      <p class="fm-hint">{offerLift(props.offer)}</p>
      <div class="q-row fm-offer__actions">
        <Show
          when={dealId()}
          fallback={
            <>
              <Show when={can("dealsWrite")}>
                <Button size="sm" variant="primary" loading={busy()} onClick={() => void accept()}>
                  {i18n.t("whitespace.create")}
                </Button>
              </Show>
              <Show when={can("accountsWrite")}>
                <Button size="sm" variant="ghost" disabled={busy()} onClick={() => void dismiss()}>
                  {i18n.t("whitespace.dismiss")}
                </Button>
              </Show>
            </>
          }
        >
          {(id) => <A href={`/farming/deals/${id()}`}>{i18n.t("whitespace.openDeal")}</A>}
        </Show>
      </div>
    </li>
  );
}
