import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { installedPlugins } from "../../src/plugins.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { procedureTable } from "../../src/trpc/procedure-table.ts";
import { callerFor } from "../support/people.ts";
import { callPath } from "../support/refusals.ts";
import { sampleInput } from "../support/sample-input.ts";
import { type TestHost, userActor } from "../support/test-host.ts";

/** The table holding each kind of record an id field may name. */
const tableOf: Record<string, string> = {
  client: "core_clients",
  contact: "core_contacts",
  activity: "core_activities",
  bankAccount: "core_bank_accounts",
  customField: "core_custom_field_defs",
  diagnostic: "core_diagnostics",
  document: "core_documents",
  delivery: "core_event_deliveries",
  handoff: "core_handoffs",
  import: "core_imports",
  notification: "core_notifications",
  order: "core_orders",
  category: "core_product_categories",
  product: "core_products",
  task: "core_tasks",
  team: "core_teams",
  farmingDeal: "farming_deals",
  deal: "first_sale_deals",
  pipeline: "first_sale_pipelines",
  proposal: "first_sale_proposals",
  stage: "first_sale_stages",
  list: "prospecting_call_lists",
  campaign: "prospecting_campaigns",
  form: "prospecting_forms",
  member: "prospecting_list_members",
  request: "prospecting_requests",
  script: "prospecting_scripts",
};

const kindOfField: Record<string, string> = {
  ...{ clientId: "client", clientIds: "client", intoId: "client", fromId: "client", excludeId: "client" },
  ...{ entityId: "client", contactId: "contact", activityId: "activity", documentId: "document" },
  ...{ deliveryId: "delivery", handoffId: "handoff", importId: "import", ids: "notification" },
  ...{ orderId: "order", subjectId: "order", categoryId: "category", parentId: "category" },
  ...{ productId: "product", taskId: "task", taskIds: "task", teamId: "team", pipelineId: "pipeline" },
  ...{ proposalId: "proposal", stageId: "stage", listId: "list", campaignId: "campaign", formId: "form" },
  ...{ memberId: "member", requestId: "request", scriptId: "script", invitationId: "invitation" },
  ...{ roleId: "role", keyId: "apiKey", orgId: "org" },
};
const userFields =
  /^(userId|actorId|ownerId|assigneeId|hunterId|farmerId|managerId|receiverId|leadUserId|toFarmerId)$/;

/** The kind of record an `id` field of a procedure names, by the procedure's path. */
function kindOfBareId(path: string): string {
  if (path.startsWith("core.clients.fields.")) return "customField";
  if (path.startsWith("core.diagnostic.")) return "diagnostic";
  if (path.includes(".bankAccounts.")) return "bankAccount";
  return "client";
}

/**
 * The id of a seeded record that an id field of `path` names (`dealId` of farming is a farming
 * deal, `id` of `core.clients.get` a client …); a client's id when the name says nothing.
 */
export function idForField(ids: ReadonlyMap<string, string>, path: string, key: string): string | undefined {
  if (userFields.test(key)) return ids.get("user");
  if (key === "dealId") return ids.get(path.startsWith("farming.") ? "farmingDeal" : "deal");
  const kind = key === "id" ? kindOfBareId(path) : (kindOfField[key] ?? "client");
  return ids.get(kind);
}

const bankAccount = { bik: "044030653", account: "40702810555000000007" };
const script = {
  start: "hello",
  steps: [
    {
      id: "hello",
      kind: "question",
      text: "Альфа?",
      options: [
        { value: "yes", label: "Да", outcome: "interested" },
        { value: "no", label: "Нет", outcome: "not-interested" },
      ],
    },
  ],
};
const form = { fields: [{ key: "phone", label: "Телефон", type: "phone", required: true }] };

/** What seeding asks for beyond what the input schema alone gives. */
const seedSteps: [string, Record<string, unknown>][] = [
  ["core.clients.create", { name: "ООО Альфа-клиент", contacts: [{ name: "Иван Альфин" }] }],
  ["core.catalog.categories.create", { name: "Альфа-категория" }],
  ["core.catalog.products.create", { sku: "A-1", name: "Альфа-товар" }],
  ["core.orders.record", {}],
  ["core.tasks.create", { title: "Альфа-задача" }],
  ["core.timeline.log", { type: "note", body: "Альфа-заметка" }],
  ["core.roles.create", { name: "Альфа-роль", permissions: ["core.org.read"] }],
  ["core.invitations.create", { email: "alpha-guest@example.com", role: "viewer" }],
  ["core.apiKeys.create", { name: "Альфа-ключ", role: "viewer" }],
  ["core.staffing.createTeam", { function: "prospecting", name: "Альфа-команда" }],
  ["core.requisites.org.bankAccounts.add", { account: bankAccount }],
  ["core.requisites.client.bankAccounts.add", { account: bankAccount }],
  ["core.diagnostic.save", {}],
  // A deal of its own, not one opened from a lead (a lead id would have to be a qualified lead's).
  ["firstSale.deals.create", { title: "Альфа-сделка", leadRequestId: undefined }],
  [
    "firstSale.proposals.create",
    { lines: [{ name: "Альфа-строка", quantity: 1, price: { amountMinor: 100 } }] },
  ],
  ["farming.deals.create", { title: "Альфа-продажа" }],
  ["prospecting.scripts.create", { name: "Альфа-скрипт", graph: script }],
  ["prospecting.lists.create", { name: "Альфа-список" }],
  ["prospecting.campaigns.create", { name: "Альфа-кампания" }],
  ["prospecting.forms.create", { name: "Альфа-форма", definition: form }],
  ["prospecting.inbox.create", { name: "Альфа-обращение", phone: "+79120000002" }],
  ["vip.clients.designate", { mode: "designate", tierKey: "vip", reason: "Альфа" }],
];

async function idsIn(t: TestHost, orgId: string) {
  const db = (await t.host.orgs.get(orgId)).db;
  const ids = new Map<string, string>();
  const every = new Set<string>();
  for (const [kind, table] of Object.entries(tableOf)) {
    const rows = await db.all<{ id: string }>(sql.raw(`select id from "${table}" order by rowid`));
    if (rows[0]) ids.set(kind, rows[0].id);
    for (const row of rows) every.add(row.id);
  }
  return { ids, every };
}

/**
 * One record of each kind in organisation `orgId`, made through its own procedures by `owner`
 * (inputs built from each schema, ids from what exists so far), plus an import; answers the first
 * id of each kind and every record id of the organisation.
 */
export async function seedOneOfEach(
  t: TestHost,
  owner: { id: string; name: string; email: string },
  orgId: string,
) {
  const caller = await callerFor(t, owner, orgId);
  const table = procedureTable(buildAppRouter([...installedPlugins]));
  const failed: string[] = [];
  for (const [path, extra] of seedSteps) {
    const { ids } = await idsIn(t, orgId);
    ids.set("user", owner.id);
    const entry = table.find((e) => e.path === path);
    const sampled = sampleInput(entry?.inputs[0], (key) =>
      /Ids?$|^id$/.test(key) && key in extra === false ? idForField(ids, path, key) : undefined,
    ) as Record<string, unknown>;
    await callPath(caller, path, { ...sampled, ...extra }).catch((e: Error) =>
      failed.push(`${path}: ${e.message}`),
    );
  }
  const ctx = { org: await t.host.runtime(orgId), actor: userActor(owner.id) };
  await t.host.imports.create(ctx, {
    body: Readable.from([Buffer.from("Название;Телефон\r\nАльфа-импорт;+79120000003\r\n")]),
    fileName: "alpha.csv",
  });
  const { ids, every } = await idsIn(t, orgId);
  ids.set("user", owner.id);
  ids.set("org", orgId);
  every.add(owner.id);
  every.add(orgId);
  const control = t.host.control.db;
  for (const [kind, tableName] of [
    ["role", "custom_roles"],
    ["invitation", "invitations"],
    ["apiKey", "api_keys"],
  ] as const) {
    const rows = await control
      .all<{ id: string }>(sql.raw(`select id from "${tableName}" where org_id = '${orgId}'`))
      .catch(() => []);
    if (rows[0]) ids.set(kind, rows[0].id);
    for (const row of rows) every.add(row.id);
  }
  return { idsOfA: ids, everyIdOfA: every, failed };
}
