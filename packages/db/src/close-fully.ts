import { existsSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { Client } from "@libsql/client";

type Collect = (options: { type: "minor" | "major" }) => void;
let collect: Collect | undefined;

// V8's collector, exposed on demand when the process was not started with --expose-gc.
function collector(): Collect {
  if (!collect) {
    const exposed = (globalThis as { gc?: Collect }).gc;
    if (!exposed) setFlagsFromString("--expose-gc");
    collect = exposed ?? (runInNewContext("gc") as Collect);
  }
  return collect;
}

/**
 * Closes a client and makes sure its file is let go now, not at some later garbage collection
 * (`file` is the embedded database's path, null for a remote or in-memory one).
 *
 * libSQL closes a connection only once every statement prepared on it is finalised, and a
 * statement is finalised when V8 collects its object; until then the "closed" connection keeps
 * the file, its WAL and shared memory open (three descriptors) and its WAL unmerged. SQLite
 * merges and deletes the WAL when the last connection really closes, so a WAL file still there
 * after `close` means one lingers: a young-generation collection, and if that was not enough a
 * full one, finalises the statements (V8 runs their finalisers on the next turns of the event
 * loop). Remote databases and embedded ones without a WAL only close.
 */
export async function closeFully(client: Client, file: string | null): Promise<void> {
  client.close();
  if (file === null) return;
  const wal = `${file}-wal`;
  if (await goneWithin(wal)) return;
  for (const type of ["minor", "major"] as const) {
    collector()({ type });
    if (await goneWithin(wal)) return;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function goneWithin(path: string, turns = 3): Promise<boolean> {
  for (let turn = 0; turn < turns; turn++) {
    if (!existsSync(path)) return true;
    await nextTurn();
  }
  return !existsSync(path);
}
