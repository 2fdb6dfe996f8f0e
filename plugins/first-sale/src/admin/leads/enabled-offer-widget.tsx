import { I18nProvider, type SlotProps } from "@quartet/ui";
import { type JSX, onMount, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { LeadsOffer } from "./leads-offer.tsx";

const firstSale = "first-sale";

/**
 * The `plugin.enabled` widget: when first sale has just been enabled, the board's offer of deals for
 * the leads prospecting qualified before it, in the enable dialog; nothing when another plugin was.
 */
export default function EnabledOfferWidget(props: SlotProps["plugin.enabled"]): JSX.Element {
  const mine = props.pluginIds.includes(firstSale);
  onMount(() => {
    if (!mine) props.settle(false);
  });
  return (
    <Show when={mine}>
      <I18nProvider i18n={i18n}>
        <LeadsOffer onDone={props.onDone} onLater={props.onDone} onSettled={props.settle} />
      </I18nProvider>
    </Show>
  );
}
