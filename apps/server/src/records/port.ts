import { contactInput, isDomainError, type RecordsPort, type ServiceContext } from "@quartet/core";
import type { EventDefinition } from "@quartet/core/plugin";
import { productCategories } from "@quartet/db/org";
import type { People } from "../people/index.ts";
import { contactPersons } from "./clients/contacts/contact-persons.ts";
import {
  addContactIn,
  createClientIn,
  createClientInput,
  findDuplicateClients,
  keysOfClient,
  listClients,
  listClientsInput,
  moveStageIfForward,
  ownersOf,
  setCustomFieldsIn,
  setOwnerIn,
  updateClientIn,
  updateClientInput,
  visibleClient,
  writableClient,
} from "./clients/index.ts";
import { setTierIn } from "./clients/set-tier.ts";
import { type PastPage, pastEvents } from "./events/past-events.ts";
import { clientSummaries } from "./facts/client-summaries.ts";
import { handoffsPort } from "./handoffs/handoffs-port.ts";
import { ordersPort } from "./orders/orders-port.ts";
import type { PriceOrder } from "./orders/plugin-pricing.ts";
import { tasksPort } from "./tasks/tasks-port.ts";
import { parseInput, type RecordsContext } from "./timeline/context.ts";
import { timelinePort } from "./timeline/timeline-port.ts";

const editableFields = [
  "kind",
  "name",
  "legalName",
  "inn",
  "kpp",
  "ogrn",
  "phones",
  "emails",
  "website",
  "address",
  "region",
  "city",
  "industry",
  "tags",
  "customFields",
] as const;

const summaryFields = [
  "id",
  "kind",
  "name",
  "inn",
  "phones",
  "emails",
  "region",
  "city",
  "industry",
  "tags",
  "stage",
  "tier",
  "mergedIntoId",
  "createdAt",
] as const;

function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}

/**
 * Core's client records for one service context, as plugins use them (`ctx.records`): every
 * call acts as the context's actor, inside the write scope the plugin passes.
 */
export function createRecordsPort(
  service: Omit<ServiceContext, "records">,
  people: People,
  pricing?: PriceOrder,
): RecordsPort {
  const port = {} as RecordsPort;
  const ctx: RecordsContext = { ...service, people, records: port, ...(pricing && { pricing }) };
  const orgId = service.org.orgId;
  return Object.assign(port, {
    clients: {
      async get(clientId) {
        try {
          const row = await visibleClient(service.org.db, service.actor, clientId);
          return { ...pick(row, summaryFields), owners: ownersOf(row) };
        } catch (error) {
          if (isDomainError(error) && error.code === "NOT_FOUND") return null;
          throw error;
        }
      },
      async listIds(filter, page) {
        const input = listClientsInput.parse({ ...filter, limit: page.limit, cursor: page.cursor ?? null });
        const result = await listClients({ ctx, input });
        return { ids: result.items.map((item) => item.id), nextCursor: result.nextCursor };
      },
      async update(scope, clientId, patch) {
        const row = await writableClient(scope.tx, service.actor, clientId);
        const current = pick(row, editableFields);
        await updateClientIn(
          ctx,
          scope,
          parseInput(updateClientInput, { ...current, ...patch, id: clientId }),
        );
      },
      async findDuplicates(fields) {
        const keys = keysOfClient({
          name: fields.name ?? "",
          inn: fields.inn ?? null,
          phones: fields.phones ?? [],
          emails: fields.emails ?? [],
          website: fields.website ?? null,
        });
        const found = await findDuplicateClients(service.org.db, keys, { actor: service.actor });
        return found.map(({ id, name, inn, reasons, score }) => ({ id, name, inn, reasons, score }));
      },
      async create(scope, input) {
        const created = await createClientIn(ctx, scope, parseInput(createClientInput, input));
        return { id: created.id };
      },
      async addContact(scope, clientId, contact) {
        const added = await addContactIn(ctx, scope, clientId, parseInput(contactInput, contact));
        return { id: added.id };
      },
      contactPersons: (clientIds) => contactPersons(service.org.db, service.actor, clientIds),
      moveStageIfForward: (scope, clientId, to, reason, details) =>
        moveStageIfForward(ctx, scope, clientId, to, reason, details),
      async setOwner(scope, clientId, fn, userId) {
        // The timeline names the new owner; without the name it would show their id.
        const member = userId
          ? (await people.listMembers(orgId)).find((m) => m.userId === userId)
          : undefined;
        await setOwnerIn(ctx, scope, clientId, fn, userId, member?.name);
      },
      setTier: (scope, clientId, tier) => setTierIn(ctx, scope, clientId, tier),
      setFields: (scope, clientId, fields) => setCustomFieldsIn(ctx, scope, clientId, fields),
      summaries: (selection, scope) => clientSummaries(service, selection, scope),
    },
    timeline: timelinePort(ctx),
    orders: ordersPort(ctx),
    tasks: tasksPort(ctx),
    catalog: {
      categories: async () =>
        (await service.org.db.select().from(productCategories)).map(({ id, parentId, name }) => ({
          id,
          parentId,
          name,
        })),
    },
    handoffs: handoffsPort(ctx),
    events: {
      past: <T>(event: EventDefinition<T>, page: PastPage) => pastEvents(service.org.db, event, page),
    },
    people: {
      assignWork: (scope, input) => people.assignWork(scope, { orgId, ...input }),
      members: async () =>
        (await people.listMembers(orgId)).map((m) => ({
          userId: m.userId,
          name: m.name,
          email: m.email,
          role: m.role,
        })),
      organisation: async () => {
        const org = await people.organisation(orgId);
        return {
          timeZone: org.timeZone,
          defaultCurrency: org.defaultCurrency,
          locale: org.locale,
          name: org.name,
        };
      },
    },
  } satisfies RecordsPort);
}
