import { Card, CopyField } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";

/**
 * Where the exchange posts its call notifications: the full address (this app's origin and the
 * path the server made) with a copy button, to paste into the provider's account.
 */
export function NotificationAddress(props: { path: string | null }): JSX.Element {
  const i18n = useT();
  return (
    <Card title={i18n.t("telephony.addressTitle")}>
      <Show when={props.path} fallback={<p class="q-muted">{i18n.t("telephony.addressAfterSave")}</p>}>
        {(path) => (
          <div class="q-stack q-gap-2">
            <CopyField label={i18n.t("telephony.address")} value={`${location.origin}${path()}`} />
            <p class="q-muted telephony__hint">{i18n.t("telephony.addressHint")}</p>
          </div>
        )}
      </Show>
    </Card>
  );
}
