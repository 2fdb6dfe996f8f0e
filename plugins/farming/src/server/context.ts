import type { ServiceContext } from "@quartet/core";

/** What every farming service receives: core's service context (farming keeps its rules in its own table). */
export type FarmingContext = ServiceContext<unknown>;

/** The organisation's language, zone, currency and today: core's `orgInfo`, shared by every service. */
export { type OrgInfo, orgInfo } from "@quartet/core";
