import type { DocumentsApi } from "@quartet/ui";

/**
 * The core procedures first sale's screens call, typed by hand: core's router type lives in
 * the server app, which the plugin does not import. Only the fields the screens read.
 */
type Money = { amountMinor: number; currency: string };
type Page<T> = { items: T[]; nextCursor: string | null };
type Query<I, O> = { query: (input: I) => Promise<O> };
type Mutation<I, O> = { mutate: (input: I) => Promise<O> };

/** A contact person of a client. */
export type CoreContact = {
  id: string;
  name: string;
  position: string | null;
  phones: string[];
  emails: string[];
};

/** A client's page as `core.clients.get` answers it. */
export type CoreClientPage =
  | {
      merged: false;
      client: { id: string; name: string; stage: string; emails: string[] };
      contacts: CoreContact[];
    }
  | { merged: true; id: string; name: string; mergedIntoId: string };

/** A catalog product. */
export type CoreProduct = { id: string; name: string; sku: string | null; unit: string | null; price: Money };

/** A payment against an order. */
export type CorePayment = {
  id: string;
  amount: Money;
  paidOn: string;
  method: string;
  reference: string | null;
};

/** An order with its payments, as `core.orders.get` answers it. */
export type CoreOrder = {
  id: string;
  number: string;
  total: Money;
  paid: Money;
  due: Money;
  paidShare: number;
  payments: CorePayment[];
};

/** A task. */
export type CoreTask = { id: string; title: string; dueAt: number | null; doneAt: number | null };

/** An entry of a client's timeline. */
export type CoreActivity = {
  id: string;
  type: string;
  function: string | null;
  authorName: string;
  body: string;
  occurredAt: number;
};

/** The slice of core's router first sale uses. */
export type CoreView = {
  clients: {
    list: Query<{ search?: string; limit?: number }, Page<{ id: string; name: string }>>;
    get: Query<{ id: string }, CoreClientPage>;
  };
  catalog: {
    products: { list: Query<{ search?: string; active?: boolean; limit?: number }, Page<CoreProduct>> };
  };
  orders: {
    get: Query<{ orderId: string }, CoreOrder>;
    payments: {
      record: Mutation<
        {
          orderId: string;
          amount: { amountMinor: number };
          paidOn?: string;
          method: "bank" | "cash" | "card" | "other";
        },
        { id: string }
      >;
    };
  };
  tasks: {
    forClient: Query<{ clientId: string; includeDone?: boolean }, { items: CoreTask[] }>;
    create: Mutation<
      { title: string; clientId: string; function: "first-sale"; dueDate?: string | null },
      CoreTask
    >;
    complete: Mutation<{ taskId: string }, unknown>;
  };
  /** Issued PDFs (proposals, invoices): the UI kit's `DocumentsCard` calls them. */
  documents: DocumentsApi;
  timeline: { list: Query<{ clientId: string; limit?: number }, Page<CoreActivity>> };
  org: { get: Query<void, { locale: "ru" | "en" }> };
  plugins: {
    list: Query<void, { plugins: { id: string; settings: unknown }[] }>;
    updateSettings: Mutation<{ pluginId: string; settings: Record<string, unknown> }, unknown>;
  };
};
