import type { SalesFunction } from "@quartet/core";
import { clients } from "@quartet/db/org";

/** The column that holds each function's responsible member (a user id of the control database). */
export const ownerColumns = {
  prospecting: clients.prospectingOwnerId,
  "first-sale": clients.firstSaleOwnerId,
  farming: clients.farmingOwnerId,
  vip: clients.vipOwnerId,
} as const;

/** The row property of each function's owner column, for inserts and updates. */
export const ownerFields = {
  prospecting: "prospectingOwnerId",
  "first-sale": "firstSaleOwnerId",
  farming: "farmingOwnerId",
  vip: "vipOwnerId",
} as const satisfies Record<SalesFunction, keyof typeof clients.$inferSelect>;

/** The responsible member of each function, or null where nobody is. */
export type Owners = Record<SalesFunction, string | null>;

type OwnerRow = {
  prospectingOwnerId: string | null;
  firstSaleOwnerId: string | null;
  farmingOwnerId: string | null;
  vipOwnerId: string | null;
};

/** The four owner columns of a row as one `{ prospecting, "first-sale", farming, vip }` object. */
export function ownersOf(row: OwnerRow): Owners {
  return {
    prospecting: row.prospectingOwnerId,
    "first-sale": row.firstSaleOwnerId,
    farming: row.farmingOwnerId,
    vip: row.vipOwnerId,
  };
}
