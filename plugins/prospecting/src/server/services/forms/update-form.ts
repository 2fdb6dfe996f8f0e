import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { forms } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";
import type { FormInput } from "./form-input.ts";

/** Replaces a form's definition and settings (its key stays); `active: false` switches the endpoint off. */
export async function updateForm({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: FormInput & { formId: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const [row] = await scope.tx
      .update(forms)
      .set({
        name: input.name,
        ...(input.source ? { source: input.source } : {}),
        fields: input.definition.fields,
        honeypotField: input.definition.honeypotField,
        consentRequired: input.definition.consentRequired,
        consentText: input.definition.consentText,
        thankYou: input.thankYou,
        allowedOrigins: input.allowedOrigins,
        active: input.active,
        updatedAt: ctx.clock.now(),
      })
      .where(eq(forms.id, input.formId))
      .returning();
    if (!row) throw new DomainError("NOT_FOUND", m.noSuchForm);
    await scope.audit({
      action: "prospecting.form.update",
      entity: "form",
      entityId: row.id,
      after: { name: row.name, active: row.active },
    });
    return row;
  });
}
