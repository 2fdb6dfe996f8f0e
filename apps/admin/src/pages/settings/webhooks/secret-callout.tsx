import { Callout, CopyField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";

/** A signing secret the server shows once (a new webhook, a new secret), with a copy button and a warning. */
export function SecretCallout(props: { secret: string }): JSX.Element {
  const i18n = useT();
  return (
    <Callout tone="warning" title={i18n.t("webhooks.onceTitle")}>
      <div class="q-stack q-gap-2">
        <span>{i18n.t("webhooks.onceText")}</span>
        <CopyField label={i18n.t("webhooks.secret")} value={props.secret} />
      </div>
    </Callout>
  );
}
