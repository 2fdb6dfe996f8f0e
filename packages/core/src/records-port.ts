import type { ClientInputRaw, ContactInputRaw } from "./clients/client-input.ts";
import type { DuplicateReason } from "./clients/duplicates.ts";
import type { LifecycleStage } from "./clients/lifecycle.ts";
import type { WriteScope } from "./context.ts";
import type { SalesFunction } from "./functions.ts";
import type { Money } from "./money/index.ts";
import type { AssignmentResult } from "./staffing/assignment.ts";

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
};

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
    /** Sets custom fields by key (validated against the organisation's definitions). */
    setFields(scope: WriteScope, clientId: string, fields: Record<string, unknown>): Promise<void>;
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
  };
  orders: {
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
  people: {
    /** Picks who receives new work for a function with the assignment engine, and records it. */
    assignWork(
      scope: WriteScope,
      input: { function: SalesFunction; subject: string; preferredUserId?: string | null },
    ): Promise<AssignmentResult>;
    members(): Promise<{ userId: string; name: string; email: string; role: string }[]>;
    /** The organisation's settings that plugins need: time zone, currency, locale. */
    organisation(): Promise<{ timeZone: string; defaultCurrency: string; locale: "ru" | "en"; name: string }>;
  };
};
