import { type Locale, readStoredMessage, wordRef } from "@quartet/core";
import type { mailboxes } from "@quartet/db/org";
import { secretMarker } from "../host/settings.ts";

type MailboxRow = typeof mailboxes.$inferSelect;

/** A server's settings as the form reads them: the password masked. */
const masked = (server: { host: string; port: number; tls: boolean; user: string }) => ({
  host: server.host,
  port: server.port,
  tls: server.tls,
  user: server.user,
  password: secretMarker,
});

/**
 * A mailbox as the settings page reads it: passwords never leave the server (a marker stands in),
 * the last poll's problem worded in the viewer's language.
 */
export function mailboxView(row: MailboxRow, locale: Locale) {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    imap: masked({ host: row.imapHost, port: row.imapPort, tls: row.imapTls, user: row.imapUser }),
    folders: row.folders,
    roles: row.roles,
    smtp: row.smtp ? masked(row.smtp) : null,
    status: row.status,
    statusMessage: row.statusError ? wordRef(locale, readStoredMessage(row.statusError)) : null,
    lastPolledAt: row.lastPolledAt,
  };
}

/** One mailbox on the settings page. */
export type MailboxView = ReturnType<typeof mailboxView>;
