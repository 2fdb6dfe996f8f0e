import { Checkbox } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { NumberField } from "./number-field.tsx";
import type { DraftTier } from "./program-draft.ts";

type Privileges = DraftTier["privileges"];

/** What a tier's clients get: discount in percent, deferred payment, a dedicated manager, queue priority, reply deadline. */
export function PrivilegesFields(props: {
  value: Privileges;
  error: (field: string) => string | undefined;
  onField: (field: keyof Privileges, value: number | boolean | null) => void;
}): JSX.Element {
  return (
    <section class="vip-section">
      <h3>{i18n.t("program.privileges")}</h3>
      <div class="vip-fields">
        <NumberField
          label={i18n.t("program.discount")}
          value={props.value.discountPercent}
          error={props.error("discountPercent")}
          onChange={(v) => props.onField("discountPercent", v)}
        />
        <NumberField
          label={i18n.t("program.deferred")}
          value={props.value.deferredPaymentDays}
          error={props.error("deferredPaymentDays")}
          onChange={(v) => props.onField("deferredPaymentDays", v)}
        />
        <NumberField
          label={i18n.t("program.firstResponse")}
          description={i18n.t("program.firstResponseHint")}
          value={props.value.firstResponseHours}
          nullable
          error={props.error("firstResponseHours")}
          onChange={(v) => props.onField("firstResponseHours", v)}
        />
        <NumberField
          label={i18n.t("program.priority")}
          value={props.value.queuePriority}
          error={props.error("queuePriority")}
          onChange={(v) => props.onField("queuePriority", v)}
        />
      </div>
      <Checkbox
        label={i18n.t("program.dedicated")}
        checked={props.value.dedicatedManager}
        onChange={(on) => props.onField("dedicatedManager", on)}
      />
    </section>
  );
}
