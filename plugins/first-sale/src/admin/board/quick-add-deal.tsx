import { I18nProvider } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { NewDealDialog } from "./new-deal-dialog.tsx";

/** The top bar's "+ Deal": the board's new-deal dialog, opened from any page, in the default pipeline. */
export default function QuickAddDeal(props: { onClose: () => void }): JSX.Element {
  return (
    <I18nProvider i18n={i18n}>
      <NewDealDialog open onClose={() => props.onClose()} onCreated={() => props.onClose()} />
    </I18nProvider>
  );
}
