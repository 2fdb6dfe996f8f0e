import type { OrgDatabase, OrgTransaction } from "@quartet/core";

/** Where a read runs: the organisation's database, or the transaction of a write in progress. */
export type Reader = OrgDatabase | OrgTransaction;
