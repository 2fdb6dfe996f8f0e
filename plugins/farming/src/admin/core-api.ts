import type { MutationCall as Mutation, QueryCall as Query, Reading } from "@quartet/ui";

type Money = { amountMinor: number; currency: string };

/** An order with its payments, as `core.orders.get` answers it. */
export type CoreOrder = {
  id: string;
  number: string;
  total: Money;
  paid: Money;
  due: Money;
  paidShare: number;
};

/** A member of the organisation. */
export type CoreMember = { userId: string; name: string };

/**
 * The core procedures farming's screens call, typed by hand: core's router type lives in the
 * server app, which the plugin does not import. Only the fields the screens read.
 */
export type CoreView = {
  members: { list: Query<void, CoreMember[]> };
  org: { get: Query<void, { defaultCurrency: string }> };
  monitor: { get: Query<void, { legs: { function: string; readings: Reading[] }[] }> };
  orders: {
    get: Query<{ orderId: string }, CoreOrder>;
    payments: {
      record: Mutation<
        { orderId: string; amount: { amountMinor: number }; method: "bank" | "cash" | "card" | "other" },
        { id: string }
      >;
    };
  };
};
