import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../../lib/api-context.tsx";
import type { OutputOf } from "../../../lib/api-types.ts";
import { orgKey } from "../../../lib/org-key.ts";
import type { QuartetClient } from "../../../lib/trpc.ts";

type Mail = QuartetClient["core"]["mail"];
/** A connected mailbox as the settings page reads it (passwords masked). */
export type MailboxView = OutputOf<Mail["mailboxes"]["list"]>[number];
/** What `core.mail.mailboxes.save` takes. */
export type MailboxInput = Parameters<Mail["mailboxes"]["save"]["mutate"]>[0];

/** `core.mail.mailboxes.list`. */
export function useMailboxes() {
  const { trpc, org } = useApi();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "mail", "mailboxes"),
    queryFn: () => trpc.core.mail.mailboxes.list.query(),
  }));
}
