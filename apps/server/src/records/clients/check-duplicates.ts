import { dedupKeysOf, type ServiceContext } from "@quartet/core";
import type { z } from "zod";
import type { checkDuplicatesInput } from "./client-inputs.ts";
import { type ClientDuplicate, findDuplicateClients, isStrongDuplicate } from "./find-duplicates.ts";

/**
 * Possible duplicates of a client being typed into a form, from its raw fields (values that are
 * not valid yet are skipped): `blocking` ones would refuse a create, `warnings` would not.
 */
export async function checkDuplicates({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof checkDuplicatesInput>;
}): Promise<{ blocking: ClientDuplicate[]; warnings: ClientDuplicate[] }> {
  const keys = dedupKeysOf({ ...input, websites: [input.website] });
  const found = await findDuplicateClients(ctx.org.db, keys, {
    excludeId: input.excludeId,
    actor: ctx.actor,
  });
  return { blocking: found.filter(isStrongDuplicate), warnings: found.filter((d) => !isStrongDuplicate(d)) };
}
