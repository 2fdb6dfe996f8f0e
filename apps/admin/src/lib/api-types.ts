import type { QuartetClient } from "./trpc.ts";

type Procedure =
  | { query: (...args: never[]) => Promise<unknown> }
  | { mutate: (...args: never[]) => Promise<unknown> };

/** What a procedure of the client answers: `OutputOf<QuartetClient["core"]["me"]>`. */
export type OutputOf<P extends Procedure> = P extends { query: (...args: never[]) => Promise<infer R> }
  ? R
  : P extends { mutate: (...args: never[]) => Promise<infer R> }
    ? R
    : never;

type Core = QuartetClient["core"];

/** The signed-in user, their organisations and what they may do in the active one. */
export type Me = OutputOf<Core["me"]>;
/** One of the user's organisations, with their role there. */
export type MyOrganisation = Me["organisations"][number];
/** An organisation's settings. */
export type OrgSettings = OutputOf<Core["org"]["get"]>;
/** A member with their role. */
export type Member = OutputOf<Core["members"]["list"]>[number];
/** A pending invitation. */
export type Invitation = OutputOf<Core["invitations"]["list"]>[number];
/** Built-in and custom roles and the permission catalog. */
export type RolesList = OutputOf<Core["roles"]["list"]>;
/** A role of the roles list. */
export type Role = RolesList["roles"][number];
/** A permission of the catalog. */
export type Permission = RolesList["permissions"][number];
/** An API key without its secret. */
export type ApiKey = OutputOf<Core["apiKeys"]["list"]>[number];
/** Who covers the four legs. */
export type Coverage = OutputOf<Core["staffing"]["coverage"]>;
/** One leg's coverage. */
export type LegCoverage = Coverage["legs"][number];
/** Stored assignments and teams. */
export type Staffing = OutputOf<Core["staffing"]["get"]>;
/** One team of a function. */
export type Team = Staffing["teams"][number];
/** A plugin as the functions page shows it. */
export type PluginOverview = OutputOf<Core["plugins"]["list"]>["plugins"][number];
/** A plugin that could not be loaded at boot. */
export type BootFailure = OutputOf<Core["plugins"]["list"]>["bootFailures"][number];
/** What purging a plugin would delete. */
export type PurgePreview = OutputOf<Core["plugins"]["purgePreview"]>;
/** A page of the audit log. */
export type AuditPage = OutputOf<Core["audit"]["list"]>;
/** One audit record. */
export type AuditEntry = AuditPage["items"][number];
/** A growth stage: solo, specialists or departments. */
export type GrowthStage = OrgSettings["growthStage"];
