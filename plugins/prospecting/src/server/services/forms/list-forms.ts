import { DomainError } from "@quartet/core";
import { asc, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { forms } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";

/** Every form, by name. */
export async function listForms({ ctx }: { ctx: ProspectingContext }) {
  return ctx.org.db.select().from(forms).orderBy(asc(forms.name));
}

/** One form, or NOT_FOUND. */
export async function getForm({ ctx, input }: { ctx: ProspectingContext; input: { formId: string } }) {
  const [row] = await ctx.org.db.select().from(forms).where(eq(forms.id, input.formId));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchForm);
  return row;
}
