const known = new Set([
  "existing-owner",
  "round-robin",
  "least-busy",
  "nobody-covers",
  "all-paused",
  "all-at-capacity",
  "chosen",
  "chosen-not-covering",
]);

const functions = new Set(["prospecting", "first-sale", "farming", "vip"]);

/**
 * The dictionary key that words why a handoff's receiver got it («Назначено на специалиста по
 * первой продаже»), or null for a reason this app does not know (nothing is shown then).
 *
 * @example assignmentKey("specialist", "first-sale") // "handoffs.assigned.specialist.first-sale"
 */
export function assignmentKey(reason: string, toFunction: string): string | null {
  if (reason === "specialist")
    return functions.has(toFunction) ? `handoffs.assigned.specialist.${toFunction}` : null;
  return known.has(reason) ? `handoffs.assigned.${reason}` : null;
}
