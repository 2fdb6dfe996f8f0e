import type { Actor, SalesFunction, WriteScope } from "@quartet/core";
import type { z } from "zod";
import * as apiKeys from "./api-keys.ts";
import { type auditFilter, listAudit } from "./audit.ts";
import type { PeopleDeps } from "./deps.ts";
import * as invitations from "./invitations.ts";
import * as members from "./members.ts";
import * as organisations from "./organisations.ts";
import * as roles from "./roles.ts";
import * as staffing from "./staffing.ts";

export { permissionCatalog } from "./access.ts";
export { createAuthenticator, orgHeader, type SessionLookup } from "./authenticate.ts";
export type { PeopleDeps } from "./deps.ts";

/** People, organisations, roles, API keys and staffing, bound to the host's databases. */
export function createPeople(deps: PeopleDeps) {
  return {
    deps,
    createOrganisation: (actor: Actor, input: Parameters<typeof organisations.createOrganisationFor>[2]) =>
      organisations.createOrganisationFor(deps, actor, input),
    updateOrganisation: (
      actor: Actor,
      orgId: string,
      input: Parameters<typeof organisations.updateOrganisation>[3],
    ) => organisations.updateOrganisation(deps, actor, orgId, input),
    organisation: async (orgId: string) => organisations.settingsOf(await deps.organisations.get(orgId)),
    myOrganisations: (userId: string) => organisations.myOrganisations(deps, userId),
    switchOrganisation: (userId: string, orgId: string) =>
      organisations.switchOrganisation(deps, userId, orgId),
    listMembers: (orgId: string) => members.listMembers(deps, orgId),
    changeMemberRole: (actor: Actor, orgId: string, userId: string, role: string) =>
      members.changeMemberRole(deps, actor, orgId, userId, role),
    removeMember: (actor: Actor, orgId: string, userId: string) =>
      members.removeMember(deps, actor, orgId, userId),
    transferOwnership: (actor: Actor, orgId: string, userId: string) =>
      members.transferOwnership(deps, actor, orgId, userId),
    invite: (actor: Actor, orgId: string, input: { email: string; role: string }) =>
      invitations.inviteMember(deps, actor, orgId, input),
    listInvitations: (orgId: string) => invitations.listInvitations(deps, orgId),
    revokeInvitation: (actor: Actor, orgId: string, id: string) =>
      invitations.revokeInvitation(deps, actor, orgId, id),
    previewInvitation: (token: string) => invitations.previewInvitation(deps, token),
    acceptInvitation: (actor: Actor & { email: string }, token: string) =>
      invitations.acceptInvitation(deps, actor, token),
    listRoles: (orgId: string) => roles.listRoles(deps, orgId),
    createRole: (actor: Actor, orgId: string, input: z.input<typeof roles.customRoleInput>) =>
      roles.createRole(deps, actor, orgId, input),
    updateRole: (actor: Actor, orgId: string, id: string, input: z.input<typeof roles.customRoleInput>) =>
      roles.updateRole(deps, actor, orgId, id, input),
    deleteRole: (actor: Actor, orgId: string, id: string) => roles.deleteRole(deps, actor, orgId, id),
    createApiKey: (actor: Actor, orgId: string, input: { name: string; role: string }) =>
      apiKeys.createApiKey(deps, actor, orgId, input),
    listApiKeys: (orgId: string) => apiKeys.listApiKeys(deps, orgId),
    revokeApiKey: (actor: Actor, orgId: string, id: string) => apiKeys.revokeApiKey(deps, actor, orgId, id),
    setAssignment: (actor: Actor, orgId: string, input: staffing.AssignmentInput) =>
      staffing.setAssignment(deps, actor, orgId, input),
    removeAssignment: (actor: Actor, orgId: string, userId: string, fn: SalesFunction) =>
      staffing.removeAssignment(deps, actor, orgId, userId, fn),
    createTeam: (actor: Actor, orgId: string, input: Parameters<typeof staffing.createTeam>[3]) =>
      staffing.createTeam(deps, actor, orgId, input),
    updateTeam: (actor: Actor, orgId: string, id: string, input: Parameters<typeof staffing.updateTeam>[4]) =>
      staffing.updateTeam(deps, actor, orgId, id, input),
    deleteTeam: (actor: Actor, orgId: string, id: string) => staffing.deleteTeam(deps, actor, orgId, id),
    staffing: (orgId: string) => staffing.staffing(deps, orgId),
    coverage: (orgId: string) => staffing.coverage(deps, orgId),
    assignWork: (scope: WriteScope, input: Parameters<typeof staffing.assignWork>[2]) =>
      staffing.assignWork(deps, scope, input),
    audit: async (orgId: string, filter: z.infer<typeof auditFilter>) =>
      listAudit((await deps.runtime(orgId)).db, filter),
  };
}

/** The people services' type. */
export type People = ReturnType<typeof createPeople>;
