import { formatPhone } from "@quartet/ui/pure";

/** A hit's matched value as a person reads it: phones formatted, the rest as stored. */
export function matchedValue(matched: { field: string; value: string }): string {
  return matched.field === "phone" ? formatPhone(matched.value) : matched.value;
}
