/**
 * A value of an audited field as a person should read it: money, an instant, a business date, a
 * member, yes/no, a word from a closed list, plain text, a number or a list; `ref` is another record's
 * id and `complex` a nested setting (both shown as "changed", never as an id or JSON); `empty` is none.
 */
export type AuditValue =
  | { kind: "empty" }
  | { kind: "money"; amountMinor: number; currency: string }
  | { kind: "instant"; at: number }
  | { kind: "date"; date: string }
  | { kind: "person"; userId: string }
  | { kind: "yesNo"; yes: boolean }
  | { kind: "word"; field: string; value: string }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "list"; items: string[] }
  | { kind: "ref" }
  | { kind: "complex" };

/** One changed field: its name (`stage`, `settings.tone`) and its value before and after. */
export type AuditChange = { field: string; before: AuditValue; after: AuditValue };

/** Fields every record carries that say nothing to a reader (its id, timestamps, normalised copies). */
const noise = new Set(["id", "createdAt", "updatedAt", "nameNormalized", "currency", "version"]);

/** Fields holding a member's user id. */
const people =
  /^(ownerId|userId|assigneeId|receiverId|hunterId|createdBy|decidedBy|requestedBy|[a-z]+OwnerId)$/;

/** Fields whose values are words from a closed list (worded by the dictionary when it knows them). */
const closedLists = new Set([
  "stage",
  "status",
  "kind",
  "role",
  "tier",
  "function",
  "fromFunction",
  "toFunction",
  "growthStage",
  "disposition",
  "state",
  "paymentStatus",
  "method",
  "basis",
  "locale",
]);

/** A `newId` id (`cli_01jcf…`, 10 time + 16 random Crockford characters) or an id pair (`usr_…:farming`). */
const idLike = /^[a-z]{1,5}_[0-9a-hjkmnp-tv-z]{26}(:.*)?$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as a reader sees it, knowing its field and the record around it (money takes the record's currency). */
export function auditValue(field: string, value: unknown, record: Record<string, unknown>): AuditValue {
  const name = field.split(".").at(-1) ?? field;
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return { kind: "empty" };
  if (isRecord(value) && typeof value.amountMinor === "number" && typeof value.currency === "string")
    return { kind: "money", amountMinor: value.amountMinor, currency: value.currency };
  if (typeof value === "number" && name.endsWith("Minor"))
    return {
      kind: "money",
      amountMinor: value,
      currency: typeof record.currency === "string" ? record.currency : "RUB",
    };
  if (typeof value === "number" && /(At|By)$/.test(name) && value > 1e11)
    return { kind: "instant", at: value };
  if (typeof value === "string" && people.test(name))
    return idLike.test(value) ? { kind: "person", userId: value } : { kind: "empty" };
  if (typeof value === "boolean") return { kind: "yesNo", yes: value };
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return { kind: "date", date: value };
  if (typeof value === "string" && idLike.test(value)) return { kind: "ref" };
  if (typeof value === "string" && closedLists.has(name)) return { kind: "word", field: name, value };
  if (typeof value === "string") return { kind: "text", text: value };
  if (typeof value === "number") return { kind: "number", value };
  if (Array.isArray(value) && value.every((item) => typeof item === "string" && !idLike.test(item)))
    return { kind: "list", items: value as string[] };
  return { kind: "complex" };
}

/** A record's fields, nested plain objects one level down as `parent.child` (money objects stay whole). */
function fieldsOf(value: unknown): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const money = isRecord(inner) && "amountMinor" in inner;
    if (isRecord(inner) && !money) for (const [child, v] of Object.entries(inner)) out[`${key}.${child}`] = v;
    else out[key] = inner;
  }
  return out;
}

/**
 * What an audit record changed, field by field in the order the record lists them: every field whose
 * value differs between `before` and `after` (a created record: every field it was made with), the
 * fields that say nothing to a reader left out.
 *
 * @example auditChanges({ stage: "lead" }, { stage: "customer" }) // [{ field: "stage", before: { kind: "word", … "lead" }, after: { … "customer" } }]
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const was = fieldsOf(before);
  const now = fieldsOf(after);
  const fields = [...new Set([...Object.keys(was), ...Object.keys(now)])];
  return fields
    .filter((field) => !noise.has(field.split(".").at(-1) ?? field))
    .filter((field) => JSON.stringify(was[field]) !== JSON.stringify(now[field]))
    .map((field) => ({
      field,
      before: auditValue(field, was[field], was),
      after: auditValue(field, now[field], now),
    }))
    .filter((change) => change.before.kind !== "empty" || change.after.kind !== "empty");
}
