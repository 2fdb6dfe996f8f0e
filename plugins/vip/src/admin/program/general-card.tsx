import { Card } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { NumberField } from "./number-field.tsx";

type General = { graceDays: number; paymentTermsDays: number; reviewPeriodMonths: number };

/** The program's grace period before demotion, payment terms and review period. */
export function GeneralCard(props: {
  value: General;
  error: (path: string) => string | undefined;
  onField: (field: keyof General, value: number) => void;
}): JSX.Element {
  return (
    <Card title={i18n.t("program.general")}>
      <div class="vip-fields">
        <NumberField
          label={i18n.t("program.grace")}
          description={i18n.t("program.graceHint")}
          value={props.value.graceDays}
          error={props.error("graceDays")}
          onChange={(v) => props.onField("graceDays", v)}
        />
        <NumberField
          label={i18n.t("program.terms")}
          description={i18n.t("program.termsHint")}
          value={props.value.paymentTermsDays}
          error={props.error("paymentTermsDays")}
          onChange={(v) => props.onField("paymentTermsDays", v)}
        />
        <NumberField
          label={i18n.t("program.reviewMonths")}
          value={props.value.reviewPeriodMonths}
          error={props.error("reviewPeriodMonths")}
          onChange={(v) => props.onField("reviewPeriodMonths", v)}
        />
      </div>
    </Card>
  );
}
