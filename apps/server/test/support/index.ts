/**
 * The test kit's host side, published as `@quartet/server/testing` and re-exported by
 * `@quartet/testing`: a real host on temporary libSQL files, people and roles, callers acting as
 * someone, refusal helpers, and the host pieces a plugin's own harness composes. Plugins import it
 * through `@quartet/testing`, never by a path into this package.
 */

export { signedNotification, startFakeZadarma } from "@quartet/telephony-zadarma/testing";
export type { Mailer, MailMessage } from "../../src/auth/mailer.ts";
export { loadConfig } from "../../src/config.ts";
export { createHost, type Host } from "../../src/host/create-host.ts";
export { migrationProblem } from "../../src/host/lifecycle/migration-guard.ts";
export { createAuthenticator, permissionCatalog } from "../../src/people/index.ts";
export { buildAppRouter } from "../../src/trpc/app-router.ts";
export { createRequestContext } from "../../src/trpc/context.ts";
export { procedureTable, undeclaredProcedures } from "../../src/trpc/procedure-table.ts";
export { callRefusal } from "./call-refusal.ts";
export { seedClient } from "./clients.ts";
export { memoryMailer } from "./memory-mailer.ts";
export {
  addMember,
  callerFor,
  createUser,
  type FixtureRole,
  orgOwnedBy,
  requestsAs,
  sessionOf,
  type TeamPerson,
  teamFixture,
} from "./people.ts";
export { at, type PluginHost, pluginHost, type TestUser } from "./plugin-host.ts";
export { callPath, everyPermissionBut } from "./refusals.ts";
export { sampleInput } from "./sample-input.ts";
export { tableNames, tableRows } from "./table-dump.ts";
export { createTestHost, type TestHost, userActor } from "./test-host.ts";
