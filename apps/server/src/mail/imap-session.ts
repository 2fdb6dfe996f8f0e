import { type MessageRef, mailMessages as m } from "@quartet/core";
import type { mailboxes } from "@quartet/db/org";
import { ImapFlow } from "imapflow";

/** How long a mail server may take to answer before the poll gives up on it. */
const timeoutMs = 20_000;

/** An IMAP connection to a connected mailbox, not yet logged in (`connect()` does). */
export function imapClient(
  row: Pick<typeof mailboxes.$inferSelect, "imapHost" | "imapPort" | "imapTls" | "imapUser" | "imapPassword">,
) {
  return new ImapFlow({
    host: row.imapHost,
    port: row.imapPort,
    secure: row.imapTls,
    auth: { user: row.imapUser, pass: row.imapPassword },
    logger: false,
    disableAutoIdle: true,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 3,
  });
}

/**
 * A poll's failure as the mailbox's status shows it: a refused login, a server that does not
 * answer, a missing folder, or the server's own words for anything else.
 */
export function imapProblem(error: unknown, folder?: string): MessageRef {
  const e = (error ?? {}) as {
    authenticationFailed?: boolean;
    code?: string;
    responseText?: string;
    message?: string;
  };
  if (e.authenticationFailed) return { key: m.loginFailed };
  if (
    folder &&
    /nonexistent|does not exist|no such|not found|unknown mailbox/i.test(`${e.responseText} ${e.message}`)
  )
    return { key: m.folderMissing, params: { folder } };
  if (
    e.code &&
    /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|ETIMEOUT|NoConnection)$/.test(
      e.code,
    )
  )
    return { key: m.unreachable };
  if (/timeout|socket|closed/i.test(e.message ?? "")) return { key: m.unreachable };
  return { key: m.failed, params: { reason: String(e.responseText || e.message || error).slice(0, 200) } };
}
