import type { ClientInputRaw, ContactInputRaw } from "./clients/client-input.ts";
import type { DuplicateReason } from "./clients/duplicates.ts";
import type { LifecycleStage } from "./clients/lifecycle.ts";
import type { WriteScope } from "./context.ts";
import type { SalesFunction } from "./functions.ts";
import type { Money } from "./money/index.ts";
import type { EventDefinition } from "./plugin/define-event.ts";
import type { AssignmentResult, AssignmentStrategy } from "./staffing/assignment.ts";

/** A candidate duplicate of a client, with why it matched. */
export type DuplicateCandidate = {
  id: string;
  name: string;
  inn: string | null;
  reasons: DuplicateReason[];
  score: number;
};

/** The client fields a plugin reads. */
export type ClientSummary = {
  id: string;
  kind: "company" | "person";
  name: string;
  inn: string | null;
  phones: string[];
  emails: string[];
  region: string | null;
  city: string | null;
  industry: string | null;
  tags: string[];
  stage: LifecycleStage;
  tier: "standard" | "vip";
  owners: Record<SalesFunction, string | null>;
  mergedIntoId: string | null;
  /** When the client was entered (UTC ms). */
  createdAt: number;
};

/** Whom to ask for at a client: its primary contact's name, position and phones (E.164). */
export type ContactPerson = { name: string; position: string | null; phones: string[] };

/** Which clients a bulk read covers: the given ids, and/or those in a stage or with an owner for a function. */
export type ClientSelection = {
  ids?: readonly string[];
  stages?: readonly LifecycleStage[];
  /** Only clients with a responsible member for this function. */
  ownedFor?: SalesFunction;
};

/** A confirmed order as analytics read it: totals in minor units and its line totals per catalog category. */
export type OrderFact = {
  orderId: string;
  clientId: string;
  number: string;
  orderedOn: string;
  currency: string;
  totalMinor: number;
  paidMinor: number;
  paymentStatus: "unpaid" | "partial" | "paid" | "overpaid";
  function: SalesFunction | null;
  sourceRef: string | null;
  /** Line totals per category; `categoryId` null for free lines and products without a category. */
  categories: { categoryId: string | null; totalMinor: number }[];
};

/** A payment as analytics read it. */
export type PaymentFact = {
  paymentId: string;
  orderId: string;
  clientId: string;
  amountMinor: number;
  currency: string;
  paidOn: string;
};

/** What kind of work a task is: `client-request` — a client waits for an answer (VIP times it). */
export type TaskMark = "client-request";

/** The kinds of task marks, as inputs accept them. */
export const taskMarks = ["client-request"] as const satisfies readonly TaskMark[];

/**
 * Why a plugin's pricing changed an order line, stored on the line: the plugin, a code and its
 * numbers, worded by whoever shows it.
 *
 * @example { plugin: "vip", code: "vip.tier-discount", params: { tierKey: "gold", discountPercent: 5 } }
 */
export type PriceAdjustmentReason = {
  plugin: string;
  code: string;
  params: Record<string, string | number | boolean | null>;
};

/** An open or done task as plugins read it. */
export type TaskFact = {
  id: string;
  clientId: string | null;
  title: string;
  note: string | null;
  function: SalesFunction | null;
  mark: TaskMark | null;
  assigneeId: string;
  dueAt: number | null;
  doneAt: number | null;
  createdAt: number;
};

/** What a bulk read of facts covers: clients (all the actor sees when absent) and a first business date. */
export type FactFilter = { clientIds?: readonly string[]; since?: string };

/** What narrows a client list, as `core.clients.list` takes it. */
export type ClientFilter = {
  search?: string;
  stage?: LifecycleStage;
  tier?: "standard" | "vip";
  region?: string;
  industry?: string;
  tag?: string;
  ownerId?: string;
  function?: SalesFunction;
};

/** Why a service moved a client's stage, as a code the interface words in each language. */
export type StageReasonCode = "first-payment" | "deal-created" | "deal-won" | "request-qualified";

/** A machine-readable stage reason: the code and its values (`{ title }` of a deal). */
export type StageReason = { reasonCode?: StageReasonCode; reasonParams?: Record<string, string> };

/** A line of an order a plugin records. */
export type OrderLineInput = {
  productId?: string | null;
  name?: string;
  quantity: number;
  price?: Money;
  discountPercent?: number;
};

/**
 * Core's client records as plugins use them, inside their own transactions. The host
 * implements it; plugins reach it as `ctx.records` and never read core tables to write them.
 */
export type RecordsPort = {
  clients: {
    get(clientId: string): Promise<ClientSummary | null>;
    /** Ids of the clients the actor sees that match the filters, a page at a time (newest first). */
    listIds(
      filter: ClientFilter,
      page: { limit: number; cursor?: string | null },
    ): Promise<{ ids: string[]; nextCursor: string | null }>;
    /** Changes some of a client's fields; the rest keep their values. */
    update(scope: WriteScope, clientId: string, patch: Partial<ClientInputRaw>): Promise<void>;
    findDuplicates(fields: Partial<ClientInputRaw>): Promise<DuplicateCandidate[]>;
    create(
      scope: WriteScope,
      input: ClientInputRaw & {
        stage?: LifecycleStage;
        source?: string | null;
        contacts?: ContactInputRaw[];
      },
    ): Promise<{ id: string }>;
    addContact(scope: WriteScope, clientId: string, contact: ContactInputRaw): Promise<{ id: string }>;
    /** The contact person of each client the actor sees (its primary contact), keyed by client id; clients without one are absent. */
    contactPersons(clientIds: readonly string[]): Promise<Record<string, ContactPerson>>;
    /**
     * Moves the stage forward only (prospect → lead → …); a no-op otherwise. `details` names the
     * reason by code, so every reader sees it in their own language.
     *
     * @example moveStageIfForward(scope, id, "customer", "Deal won", { reasonCode: "deal-won", reasonParams: { title } })
     */
    moveStageIfForward(
      scope: WriteScope,
      clientId: string,
      to: LifecycleStage,
      reason: string,
      details?: StageReason,
    ): Promise<boolean>;
    setOwner(scope: WriteScope, clientId: string, fn: SalesFunction, userId: string | null): Promise<void>;
    /**
     * Sets the client's tier (`standard` or `vip`), audited as `core.client.tier`; false when it
     * already had it. The VIP plugin keeps it in step with its decisions.
     */
    setTier(scope: WriteScope, clientId: string, tier: "standard" | "vip"): Promise<boolean>;
    /** Sets custom fields by key (validated against the organisation's definitions). */
    setFields(scope: WriteScope, clientId: string, fields: Record<string, unknown>): Promise<void>;
    /**
     * The clients the actor sees that match `selection` (merged ones left out), in one read; `scope`
     * reads inside a write transaction.
     *
     * @example summaries({ ownedFor: "farming" }) // every client some farmer is responsible for
     */
    summaries(selection: ClientSelection, scope?: WriteScope): Promise<ClientSummary[]>;
  };
  timeline: {
    add(
      scope: WriteScope,
      entry: {
        clientId: string;
        type: "call" | "meeting" | "message" | "email" | "note" | "system";
        function: SalesFunction | null;
        body: string;
        data?: Record<string, unknown>;
        occurredAt?: number;
      },
    ): Promise<string>;
    /**
     * When each client was last contacted — the newest call, meeting, message or email on its
     * timeline, by any function — as `{ clientId: occurredAt }`; clients never contacted are absent.
     */
    lastContacts(
      filter: { clientIds?: readonly string[] },
      scope?: WriteScope,
    ): Promise<Record<string, number>>;
  };
  orders: {
    /** Confirmed orders of the clients the actor sees, oldest first, with line totals per category. */
    facts(filter: FactFilter, scope?: WriteScope): Promise<OrderFact[]>;
    /** Payments of the clients the actor sees, oldest first. */
    payments(filter: FactFilter, scope?: WriteScope): Promise<PaymentFact[]>;
    record(
      scope: WriteScope,
      input: {
        clientId: string;
        lines: OrderLineInput[];
        currency?: string;
        orderedOn?: string;
        function?: SalesFunction | null;
        sourceRef?: string | null;
        note?: string | null;
      },
    ): Promise<{ id: string; number: string; total: Money }>;
    recordPayment(
      scope: WriteScope,
      input: {
        orderId: string;
        amount: Money;
        paidOn?: string;
        method: "bank" | "cash" | "card" | "other";
        reference?: string | null;
      },
    ): Promise<{ id: string }>;
  };
  tasks: {
    /** Creates a task for a member (about a client or not), audited as `core.task.create`. */
    create(
      scope: WriteScope,
      input: {
        clientId?: string | null;
        title: string;
        note?: string | null;
        function?: SalesFunction | null;
        mark?: TaskMark | null;
        assigneeId: string;
        dueAt?: number | null;
      },
    ): Promise<{ id: string }>;
    /**
     * Completes a task (NOT_FOUND naming `taskId` when there is none), audited as core's
     * `core.task.complete`; a task already done stays as it was — e.g. VIP closing the review task.
     */
    complete(scope: WriteScope, taskId: string): Promise<{ id: string; doneAt: number }>;
    /**
     * Tasks with a mark, open and done, created at or after `createdSince` (UTC ms), optionally of
     * some clients — e.g. the client requests whose answer times VIP tracks.
     */
    marked(filter: {
      mark: TaskMark;
      clientIds?: readonly string[];
      createdSince?: number;
    }): Promise<TaskFact[]>;
    /**
     * One client's tasks by deadline (no deadline first), open ones only unless `includeDone` —
     * what a plugin shows or checks on a client's card instead of reading `core_tasks`. A client
     * outside the actor's record scope (or merged away) is NOT_FOUND naming `clientId`.
     */
    ofClient(clientId: string, options?: { includeDone?: boolean }): Promise<TaskFact[]>;
    /** Open tasks (not done), by deadline, optionally of some clients, an assignee or a function. */
    open(filter: {
      clientIds?: readonly string[];
      assigneeId?: string;
      function?: SalesFunction;
    }): Promise<TaskFact[]>;
  };
  catalog: {
    /** The product categories, as a flat list with parents. */
    categories(): Promise<{ id: string; parentId: string | null; name: string }[]>;
  };
  handoffs: {
    request(
      scope: WriteScope,
      input: {
        clientId: string;
        fromFunction: SalesFunction;
        toFunction: SalesFunction;
        note: string;
        context?: Record<string, unknown>;
        receiverId?: string | null;
        slaHours?: number;
      },
    ): Promise<{ id: string; receiverId: string | null }>;
  };
  events: {
    /**
     * Events of one contract emitted in the past, oldest first, a page at a time after `after` (an
     * event id), optionally narrowed to those whose payload has the given top-level values. For a
     * plugin enabled after they were emitted — its subscribers never saw them — to catch up, e.g.
     * first sale opening deals for leads qualified before it. Payloads that no longer pass the
     * contract are left out. Read only events the plugin declares in `consumes`.
     *
     * @example past(leadQualified, { limit: 200, match: { clientId } })
     */
    past<T>(
      event: EventDefinition<T>,
      page: { after?: string | null; limit: number; match?: Record<string, string> },
    ): Promise<{ items: { id: string; payload: T; occurredAt: number }[]; nextCursor: string | null }>;
  };
  people: {
    /** Picks who receives new work for a function with the assignment engine, and records it. */
    assignWork(
      scope: WriteScope,
      input: {
        function: SalesFunction;
        subject: string;
        preferredUserId?: string | null;
        /** Round robin unless told. */
        strategy?: AssignmentStrategy;
      },
    ): Promise<AssignmentResult>;
    members(): Promise<{ userId: string; name: string; email: string; role: string }[]>;
    /** The organisation's settings that plugins need: time zone, currency, locale. */
    organisation(): Promise<{ timeZone: string; defaultCurrency: string; locale: "ru" | "en"; name: string }>;
  };
};
