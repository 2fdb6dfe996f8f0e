import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";

type HoodiecrowMailbox = { messages?: { raw: string; uid?: number }[]; uidvalidity?: number };
type Hoodiecrow = {
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  server: { address(): AddressInfo };
  appendMessage(folder: string, flags: string[], internaldate: Date, raw: string): void;
  getMailbox(path: string): HoodiecrowMailbox & { uidvalidity: number };
};

const hoodiecrow = createRequire(import.meta.url)("hoodiecrow-imap") as (options: unknown) => Hoodiecrow;

/** A running in-process IMAP server: its port, a way to deliver a letter into a folder, and a stop. */
export type ImapServer = {
  port: number;
  deliver(folder: string, raw: string): void;
  /** Renumbers a folder (a new UIDVALIDITY), as a server does after rebuilding its index. */
  renumber(folder: string): void;
  close(): Promise<void>;
};

/**
 * A real IMAP4rev1 server (hoodiecrow-imap) on a loopback port with one account and the given
 * folders, each starting with the letters given; nothing is written to disk.
 *
 * @example const imap = await startImapServer({ user: "sales", password: "pw", folders: { INBOX: [], Leads: [] } })
 */
export async function startImapServer(options: {
  user: string;
  password: string;
  folders: Record<string, string[]>;
}): Promise<ImapServer> {
  const { INBOX = [], ...others } = options.folders;
  const messages = (raws: string[]) => ({ messages: raws.map((raw) => ({ raw })) });
  const server = hoodiecrow({
    users: { [options.user]: { password: options.password } },
    storage: {
      INBOX: messages(INBOX),
      "": {
        separator: "/",
        folders: Object.fromEntries(Object.entries(others).map(([name, raws]) => [name, messages(raws)])),
      },
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: server.server.address().port,
    deliver: (folder, raw) => server.appendMessage(folder, [], new Date(), raw),
    renumber: (folder) => {
      server.getMailbox(folder).uidvalidity += 1;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
