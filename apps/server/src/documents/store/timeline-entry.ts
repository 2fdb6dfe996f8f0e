import { type Actor, isSalesFunction, type MessageRef, type WriteScope, wordRef } from "@quartet/core";
import { addActivity } from "../../records/timeline/add-activity.ts";

/** What a document's timeline entry needs: its client, type, language, and what happened in words. */
export type DocumentEntry = {
  document: { id: string; clientId: string; type: string; locale: "ru" | "en" };
  kind: "system" | "email";
  text: MessageRef;
  data: Record<string, unknown>;
};

/**
 * A document's entry on its client's timeline (issued, mailed), worded in each reader's language
 * from `text`; tagged with the function of a plugin's type (`first-sale.invoice` → first sale),
 * none for core's own.
 */
export async function addDocumentEntry(
  scope: WriteScope,
  actor: Actor,
  now: number,
  entry: DocumentEntry,
): Promise<void> {
  const prefix = entry.document.type.split(".")[0];
  await addActivity(scope, actor, now, {
    clientId: entry.document.clientId,
    type: entry.kind,
    function: isSalesFunction(prefix) ? prefix : null,
    body: wordRef(entry.document.locale, entry.text),
    text: entry.text,
    data: { documentId: entry.document.id, ...entry.data },
  });
}
