/** An audit record as far as naming its object goes. */
export type AuditedObject = {
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

/**
 * What an audit record was about, to be named for a person instead of an id: a client (named by its
 * card), a member (by the team list; an assignment also by its function), a plugin, or another record
 * named by what it was written with (`name`, `title`, `number`, `email`) and linked where it has a page; a
 * nameless record of a client (a handoff, a payment) by its client.
 */
export type AuditTarget =
  | { kind: "client"; clientId: string }
  | { kind: "member"; userId: string; function: string | null }
  | { kind: "plugin"; pluginId: string }
  | { kind: "record"; name: string | null; href: string | null };

const field = (record: unknown, key: string): string | null => {
  if (typeof record !== "object" || record === null) return null;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : null;
};

/** The first of `keys` the record has after (else before) the change. */
const either = (object: AuditedObject, ...keys: string[]) => {
  for (const key of keys) {
    const value = field(object.after, key) ?? field(object.before, key);
    if (value) return value;
  }
  return null;
};

/**
 * The object of an audit record.
 *
 * @example auditTarget({ action: "first-sale.deal.move", entity: "deal", entityId: "deal_01…", before: null, after: { title: "Поставка" } })
 * // { kind: "record", name: "Поставка", href: "/deals/deal_01…" }
 */
export function auditTarget(object: AuditedObject): AuditTarget {
  const id = object.entityId;
  if (!id) return { kind: "record", name: either(object, "name", "title"), href: null };
  if (object.entity === "client") return { kind: "client", clientId: id };
  if (object.entity === "member") return { kind: "member", userId: id, function: null };
  if (object.entity === "assignment") {
    const [userId = id, fn = null] = id.split(":");
    return { kind: "member", userId, function: fn };
  }
  if (object.entity === "plugin") return { kind: "plugin", pluginId: id };
  const name = either(object, "name", "title", "number", "email");
  if (object.entity === "deal")
    return {
      kind: "record",
      name,
      href: object.action.startsWith("farming.") ? `/farming/deals/${id}` : `/deals/${id}`,
    };
  if (object.entity === "request") return { kind: "record", name, href: `/leads?request=${id}` };
  const clientId = either(object, "clientId");
  // A nameless record of a client (a handoff, a payment) is named by its client.
  if (!name && clientId) return { kind: "client", clientId };
  return { kind: "record", name, href: clientId ? `/clients/${clientId}` : null };
}
