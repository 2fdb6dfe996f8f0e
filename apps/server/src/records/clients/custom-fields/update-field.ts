import { DomainError, recordMessages, type ServiceContext } from "@quartet/core";
import { customFieldDefs } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { updateFieldInput } from "./field-input.ts";
import type { FieldDef } from "./validate-custom-fields.ts";

/**
 * Changes a field's label, options or whether it is required. Clients keep their values; one
 * that no longer fits (an option removed, a field made required) must be fixed on its next edit.
 */
export async function updateField({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof updateFieldInput>;
}): Promise<FieldDef> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const [before] = await scope.tx.select().from(customFieldDefs).where(eq(customFieldDefs.id, input.id));
    if (!before)
      throw new DomainError("NOT_FOUND", recordMessages.noSuchField, {
        fields: { id: recordMessages.noSuchField },
      });
    const after: FieldDef = {
      ...before,
      label: input.label ?? before.label,
      options: before.type === "select" ? (input.options ?? before.options) : [],
      required: input.required ?? before.required,
    };
    if (after.type === "select" && after.options.length === 0) {
      throw new DomainError("BAD_INPUT", recordMessages.selectNeedsOptions, {
        fields: { options: recordMessages.selectNeedsOptions },
      });
    }
    await scope.tx
      .update(customFieldDefs)
      .set({ label: after.label, options: after.options, required: after.required })
      .where(eq(customFieldDefs.id, input.id));
    await scope.audit({
      action: "core.field.update",
      entity: "custom-field",
      entityId: input.id,
      before,
      after,
    });
    return after;
  });
}
