import type { MailboxInput, MailboxView } from "./queries.ts";

/** A mail server as the form edits it: the port as typed. */
export type ServerDraft = { host: string; port: string; tls: boolean; user: string; password: string };

/** The mailbox form's state: everything as typed, SMTP kept while switched off so it is not lost. */
export type MailboxDraft = {
  id?: string;
  name: string;
  address: string;
  imap: ServerDraft;
  folders: string[];
  roles: string[];
  ownSmtp: boolean;
  smtp: ServerDraft;
};

const server = (port: string): ServerDraft => ({ host: "", port, tls: true, user: "", password: "" });

/** A new mailbox's draft (IMAPS on 993, INBOX watched) or a stored one's, its passwords still masked. */
export function mailboxDraft(view?: MailboxView): MailboxDraft {
  if (!view)
    return {
      name: "",
      address: "",
      imap: server("993"),
      folders: ["INBOX"],
      roles: [],
      ownSmtp: false,
      smtp: server("465"),
    };
  const asDraft = (s: MailboxView["imap"]): ServerDraft => ({ ...s, port: String(s.port) });
  return {
    id: view.id,
    name: view.name,
    address: view.address,
    imap: asDraft(view.imap),
    folders: [...view.folders],
    roles: [...view.roles],
    ownSmtp: view.smtp !== null,
    smtp: view.smtp ? asDraft(view.smtp) : server("465"),
  };
}

/** What the server takes; a port that is not a number goes as NaN, so the server names the field. */
export function mailboxInput(draft: MailboxDraft): MailboxInput {
  const asServer = (s: ServerDraft) => ({ ...s, port: s.port.trim() === "" ? Number.NaN : Number(s.port) });
  return {
    ...(draft.id ? { id: draft.id } : {}),
    name: draft.name,
    address: draft.address.trim(),
    imap: asServer(draft.imap),
    folders: draft.folders,
    roles: draft.roles,
    smtp: draft.ownSmtp ? asServer(draft.smtp) : null,
  };
}
