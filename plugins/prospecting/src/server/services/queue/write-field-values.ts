import type { WriteScope } from "@quartet/core";
import { type FieldValues, splitFieldValues } from "../../../domain/field-writes.ts";
import type { ProspectingContext } from "../../context.ts";

/**
 * Writes what a call's field steps collected to the client, as the actor: core fields through
 * `records.clients.update` (the rest keep their values), custom fields through `setFields`.
 * Core's own checks apply (an INN with a wrong check digit answers BAD_INPUT).
 */
export async function writeFieldValues(
  ctx: ProspectingContext,
  scope: WriteScope,
  clientId: string,
  values: FieldValues,
): Promise<void> {
  const { custom, core } = splitFieldValues(values);
  if (Object.keys(core).length > 0) await ctx.records.clients.update(scope, clientId, core);
  if (Object.keys(custom).length > 0) await ctx.records.clients.setFields(scope, clientId, custom);
}
