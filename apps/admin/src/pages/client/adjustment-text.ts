/** A plugin's reason for changing an order line's price, as core stores it on the line. */
export type AdjustmentReason = {
  plugin: string;
  code: string;
  params: Record<string, string | number | boolean | null>;
};

/** The words a reason is put in, in the viewer's language. */
export type AdjustmentWords = {
  locale: "ru" | "en";
  tierDiscount: (values: { tier: string; percent: string }) => string;
  number: (value: number) => string;
};

/**
 * An order line's price adjustment reason in words; null when the line has none or its code is not
 * known here. The tier's name comes from the reason in the viewer's language (the other one, then
 * the tier's key, when an older reason lacks it).
 *
 * @example adjustmentText({ plugin: "vip", code: "vip.tier-discount", params: { tierKey: "gold", tierNameEn: "Gold", discountPercent: 5 } }, words) // "Gold tier discount 5 %"
 */
export function adjustmentText(
  reason: AdjustmentReason | null | undefined,
  words: AdjustmentWords,
): string | null {
  if (reason?.code !== "vip.tier-discount") return null;
  const { params } = reason;
  const percent = params.discountPercent;
  if (typeof percent !== "number") return null;
  const named = [
    params[words.locale === "ru" ? "tierNameRu" : "tierNameEn"],
    params.tierNameRu,
    params.tierNameEn,
  ];
  const tier = [...named, params.tierKey].find((v): v is string => typeof v === "string" && v.trim() !== "");
  if (!tier) return null;
  return words.tierDiscount({ tier, percent: words.number(percent) });
}
