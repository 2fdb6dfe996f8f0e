import { formatWholeMoney } from "@quartet/ui/pure";
import type { useT } from "../../../i18n/index.ts";

/** Minor units as whole money in the current language, as plans and pipelines read: «1 000 000 ₽», «₽1,000,000». */
export function wholeMoney(i18n: ReturnType<typeof useT>, amountMinor: number, currency: string): string {
  return formatWholeMoney(i18n.locale(), { amountMinor, currency });
}
