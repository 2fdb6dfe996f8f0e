import { cleanText, corePermissions, peopleMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { customRoleInput } from "../../people/roles.ts";

const manageRoles = protectedProcedure(corePermissions.rolesManage.id);
const manageKeys = protectedProcedure(corePermissions.apiKeysManage.id);

/** Built-in and custom roles. */
export const rolesRouter = router({
  list: protectedProcedure(corePermissions.orgRead.id).query(({ ctx }) =>
    ctx.host.people.listRoles(ctx.org.orgId),
  ),
  create: manageRoles
    .input(customRoleInput)
    .mutation(({ ctx, input }) => ctx.host.people.createRole(ctx.actor, ctx.org.orgId, input)),
  update: manageRoles
    .input(customRoleInput.extend({ roleId: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.host.people.updateRole(ctx.actor, ctx.org.orgId, input.roleId, input)),
  delete: manageRoles
    .input(z.object({ roleId: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.host.people.deleteRole(ctx.actor, ctx.org.orgId, input.roleId)),
});

/** API keys for integrations: shown once, stored hashed. */
export const apiKeysRouter = router({
  list: manageKeys.query(({ ctx }) => ctx.host.people.listApiKeys(ctx.org.orgId)),
  create: manageKeys
    .input(
      z.object({
        name: cleanText(100).min(1, peopleMessages.nameKey),
        role: z.string().min(1, peopleMessages.chooseRole),
      }),
    )
    .mutation(({ ctx, input }) => ctx.host.people.createApiKey(ctx.actor, ctx.org.orgId, input)),
  revoke: manageKeys
    .input(z.object({ keyId: z.string().min(1) }))
    .mutation(({ ctx, input }) => ctx.host.people.revokeApiKey(ctx.actor, ctx.org.orgId, input.keyId)),
});
