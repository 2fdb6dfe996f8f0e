import { DomainError, newId, recordMessages, type ServiceContext } from "@quartet/core";
import { customFieldDefs } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { defineFieldInput } from "./field-input.ts";
import type { FieldDef } from "./validate-custom-fields.ts";

/** Adds a custom client field; a key already in use is a CONFLICT naming `key`. */
export async function defineField({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof defineFieldInput>;
}): Promise<FieldDef> {
  const now = ctx.clock.now();
  return ctx.org.write(ctx.actor, async (scope) => {
    const [taken] = await scope.tx
      .select({ id: customFieldDefs.id })
      .from(customFieldDefs)
      .where(eq(customFieldDefs.key, input.key));
    if (taken) {
      throw new DomainError("CONFLICT", recordMessages.fieldKeyExists, {
        params: { key: input.key },
        fields: { key: recordMessages.keyTaken },
      });
    }
    const row: FieldDef = { id: newId("cfd", now), ...input, createdAt: now };
    await scope.tx.insert(customFieldDefs).values(row);
    await scope.audit({ action: "core.field.define", entity: "custom-field", entityId: row.id, after: row });
    return row;
  });
}
