import { describe, expect, it } from "vitest";
import { type AuditedObject, type AuditTarget, auditTarget } from "./audit-target.ts";

const user = "usr_01m98e8a4pabw6aqjnp8ws5rt5";
const deal = "deal_01m60nse90a25wkvmjhe8r2t1f";
const client = "cli_01jcfftp304jg69sa2tk292bvq";
const record = (
  entity: string,
  entityId: string | null,
  after: unknown = null,
  action = `core.${entity}.x`,
) => ({ action, entity, entityId, before: null, after }) satisfies AuditedObject;

describe("auditTarget", () => {
  it.each<[string, AuditedObject, AuditTarget]>([
    ["a client by its card", record("client", client), { kind: "client", clientId: client }],
    ["a member", record("member", user), { kind: "member", userId: user, function: null }],
    [
      "an assignment as the member and function",
      record("assignment", `${user}:prospecting`),
      { kind: "member", userId: user, function: "prospecting" },
    ],
    ["a plugin", record("plugin", "farming"), { kind: "plugin", pluginId: "farming" }],
    [
      "a first sale deal with its page",
      record("deal", deal, { title: "Поставка" }, "first-sale.deal.move"),
      { kind: "record", name: "Поставка", href: `/deals/${deal}` },
    ],
    [
      "a farming deal with farming's page",
      record("deal", deal, null, "farming.deal.win"),
      { kind: "record", name: null, href: `/farming/deals/${deal}` },
    ],
    [
      "a request in the inbox",
      record("request", "req_01m8r7tbm0zn2m2qdf06mbrncx"),
      { kind: "record", name: null, href: "/leads?request=req_01m8r7tbm0zn2m2qdf06mbrncx" },
    ],
    [
      "an order by its number, linked to its client",
      record("order", "ord_01jewyyyx01ea7ph419bq0y30v", { number: "Q-000154", clientId: client }),
      { kind: "record", name: "Q-000154", href: `/clients/${client}` },
    ],
    [
      "an invitation by its email",
      record("invitation", "inv_01m98e88y1c6krqfbxqwt7wa9m", { email: "irina@example.ru" }),
      { kind: "record", name: "irina@example.ru", href: null },
    ],
    [
      "a nameless handoff by its client",
      record("handoff", "hnd_01m6rf5eq0ppxzg63b9s6ys42c", { clientId: client, state: "expired" }),
      { kind: "client", clientId: client },
    ],
    ["settings with no id", record("rules", null), { kind: "record", name: null, href: null }],
  ])("names %s", (_, object, target) => {
    expect(auditTarget(object)).toEqual(target);
  });
});
