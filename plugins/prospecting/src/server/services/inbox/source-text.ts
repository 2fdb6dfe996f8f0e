import type { MessageRef, OrgDatabase } from "@quartet/core";
import { eq } from "drizzle-orm";
import { forms } from "../../../db/channels.ts";
import { sourceWords } from "../../../domain/source-words.ts";

/** A request's source in words for the timeline: a form's source is looked up to give its name. */
export async function sourceText(db: OrgDatabase, source: string): Promise<MessageRef> {
  const [form] = source.startsWith("form:")
    ? await db.select({ name: forms.name }).from(forms).where(eq(forms.source, source)).limit(1)
    : [];
  return sourceWords(source, form?.name ?? null);
}
