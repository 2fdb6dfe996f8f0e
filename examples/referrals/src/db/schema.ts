import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Who referred whom: one row per referred client (a client is referred at most once). */
export const referrals = sqliteTable(
  "referrals_referrals",
  {
    id: text("id").primaryKey(),
    /** The referred client (core's client id). */
    clientId: text("client_id").notNull(),
    /** The client who referred it. */
    referrerId: text("referrer_id").notNull(),
    note: text("note").notNull().default(""),
    recordedBy: text("recorded_by").notNull(),
    /** When the referral was recorded (UTC ms); payments before it earn nothing. */
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("referrals_referrals_client").on(t.clientId),
    index("referrals_referrals_referrer").on(t.referrerId),
  ],
);

/** A reward due to a referrer for one payment of the client it referred (one per payment). */
export const rewards = sqliteTable(
  "referrals_rewards",
  {
    id: text("id").primaryKey(),
    referralId: text("referral_id").notNull(),
    /** The payment it is for: unique, so a redelivered payment event never rewards twice. */
    paymentId: text("payment_id").notNull(),
    paidOn: text("paid_on").notNull(),
    paymentMinor: integer("payment_minor", { mode: "number" }).notNull(),
    percent: integer("percent", { mode: "number" }).notNull(),
    amountMinor: integer("amount_minor", { mode: "number" }).notNull(),
    currency: text("currency").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("referrals_rewards_payment").on(t.paymentId),
    index("referrals_rewards_referral").on(t.referralId),
  ],
);
