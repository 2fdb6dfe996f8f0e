import type { ServiceContext } from "@quartet/core";
import { customFieldDefs } from "@quartet/db/org";
import { asc } from "drizzle-orm";
import type { Reader } from "../reader.ts";
import type { FieldDef } from "./validate-custom-fields.ts";

/** The organisation's custom client fields, oldest first (the order forms show them in). */
export async function fieldDefs(reader: Reader): Promise<FieldDef[]> {
  return reader
    .select()
    .from(customFieldDefs)
    .orderBy(asc(customFieldDefs.createdAt), asc(customFieldDefs.id));
}

/** The custom field definitions, for forms and the settings page. */
export async function listFields({ ctx }: { ctx: ServiceContext }): Promise<FieldDef[]> {
  return fieldDefs(ctx.org.db);
}
