import { cleanText, DomainError, telephonyMessages as m, type ServiceContext } from "@quartet/core";
import { telephonyExtensions } from "@quartet/db/org";
import { and, asc, eq, ne } from "drizzle-orm";
import { z } from "zod";
import type { RecordsPeople } from "../records/timeline/context.ts";

/** An extension as typed on the PBX: 1–10 digits. */
export const extensionField = z
  .string()
  .trim()
  .regex(/^\d{1,10}$/, m.extensionFormat);

/** Which member answers an extension. */
export const setExtensionInput = z.object({
  extension: extensionField,
  userId: cleanText(100).min(1, m.chooseMember),
});

/** The extension to free. */
export const removeExtensionInput = z.object({ extension: extensionField });

type Deps = { ctx: ServiceContext; people: Pick<RecordsPeople, "listMembers"> };

/** The extensions with their members' names, by extension. */
export async function listExtensions({ ctx, people }: Deps) {
  const rows = await ctx.org.db
    .select()
    .from(telephonyExtensions)
    .orderBy(asc(telephonyExtensions.extension));
  const names = new Map((await people.listMembers(ctx.org.orgId)).map((m) => [m.userId, m.name]));
  return rows.map((row) => ({
    extension: row.extension,
    userId: row.userId,
    name: names.get(row.userId) ?? null,
  }));
}

/**
 * Gives a member an extension (their previous one is freed). Refused naming `userId` for someone
 * outside the organisation and naming `extension` when another member has it.
 */
export async function setExtension({ ctx, people }: Deps, input: z.output<typeof setExtensionInput>) {
  const members = await people.listMembers(ctx.org.orgId);
  if (!members.some((member) => member.userId === input.userId)) {
    throw new DomainError("BAD_INPUT", m.notAMember, { fields: { userId: m.notAMember } });
  }
  return ctx.org.write(ctx.actor, async (scope) => {
    const [taken] = await scope.tx
      .select()
      .from(telephonyExtensions)
      .where(
        and(eq(telephonyExtensions.extension, input.extension), ne(telephonyExtensions.userId, input.userId)),
      );
    if (taken) {
      const ref = { key: m.extensionTaken, params: { extension: input.extension } };
      throw new DomainError("CONFLICT", m.extensionTaken, { params: ref.params, fields: { extension: ref } });
    }
    await scope.tx.delete(telephonyExtensions).where(eq(telephonyExtensions.userId, input.userId));
    await scope.tx.insert(telephonyExtensions).values({ ...input, createdAt: ctx.clock.now() });
    await scope.audit({
      action: "core.telephony.extension.set",
      entity: "extension",
      entityId: input.extension,
      after: input,
    });
    return input;
  });
}

/** Frees an extension; freeing one nobody has changes nothing. */
export async function removeExtension(
  { ctx }: Pick<Deps, "ctx">,
  input: z.output<typeof removeExtensionInput>,
) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const removed = await scope.tx
      .delete(telephonyExtensions)
      .where(eq(telephonyExtensions.extension, input.extension))
      .returning();
    if (removed.length > 0) {
      await scope.audit({
        action: "core.telephony.extension.remove",
        entity: "extension",
        entityId: input.extension,
        before: removed[0],
      });
    }
    return { removed: removed.length > 0 };
  });
}

/** The extension of a member, or null. */
export async function extensionOf(ctx: ServiceContext, userId: string): Promise<string | null> {
  const [row] = await ctx.org.db
    .select()
    .from(telephonyExtensions)
    .where(eq(telephonyExtensions.userId, userId));
  return row?.extension ?? null;
}
