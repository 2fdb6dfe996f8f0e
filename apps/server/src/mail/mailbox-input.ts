import { cleanText, mailMessages as m } from "@quartet/core";
import { z } from "zod";

const host = cleanText(255).min(1, m.hostRequired);
const port = z.number(m.portRange).int(m.portRange).min(1, m.portRange).max(65535, m.portRange);

/** A mail server as the settings form sends it; a masked password sent back keeps the stored one. */
export const mailServerInput = z.object({
  host,
  port,
  tls: z.boolean(),
  user: cleanText(255).min(1, m.userRequired),
  password: z.string().max(1000).min(1, m.passwordRequired),
});

/**
 * A mailbox to connect (no `id`) or change (`id`): IMAP, the folders polled, the roles that see
 * its letters (empty: everyone who sees clients) and its own SMTP for replies (null: the server's mailer).
 */
export const saveMailboxInput = z.object({
  id: z.string().max(64).optional(),
  name: cleanText(120).min(1, m.nameRequired),
  address: z.email(m.addressFormat).max(255).toLowerCase(),
  imap: mailServerInput,
  folders: z.array(cleanText(200).min(1, m.foldersRequired)).min(1, m.foldersRequired).max(20),
  roles: z.array(z.string().min(1).max(64)).max(50),
  smtp: mailServerInput.nullable(),
});

/** A mailbox by its id. */
export const mailboxIdInput = z.object({ id: z.string().min(1).max(64) });
