import { multiInsert } from "@quartet/testing/bench";

/** The part of a libSQL client the benchmark uses. */
export type RawClient = {
  batch(statements: ReturnType<typeof multiInsert>, mode: "write"): Promise<unknown>;
  execute(statement: {
    sql: string;
    args: (string | number)[];
  }): Promise<{ rows: readonly Record<string, unknown>[] }>;
};

/** An organisation database as the host holds it: its client and its in-process write lock. */
export type OrgHandle = { client: RawClient; lock: { run<T>(fn: () => Promise<T>): Promise<T> } };

/** The zones of the seeded records (all open round the clock). */
export const seedZones = ["Europe/Moscow", "Asia/Yekaterinburg", "Asia/Novosibirsk"];

// biome-ignore format: the prospecting_list_members columns the seed fills
const columns = ["id", "list_id", "client_id", "client_card", "phone", "time_zone", "state", "attempts",
  "available_at", "script_answers", "added_at", "updated_at"];
const rowsPerBatch = 5_000;

/**
 * Puts `rows` queued records on list `listId` with raw multi-VALUES statements (one `batch` of
 * 5,000 rows under the organisation's lock): a card, a unique +7 phone, one of `seedZones`.
 */
export async function seedMembers(
  handle: OrgHandle,
  listId: string,
  rows: number,
  now: number,
): Promise<void> {
  for (let i = 0; i < rows; i += rowsPerBatch) {
    const batch: (string | number)[][] = [];
    for (let j = i; j < Math.min(i + rowsPerBatch, rows); j++) {
      const phone = `+7912${String(j).padStart(7, "0")}`;
      const card = {
        name: `ООО Клиент ${j}`,
        kind: "company",
        inn: null,
        phones: [phone],
        emails: [],
        region: null,
        city: null,
        industry: null,
        tags: [],
      };
      const id = `mem_${String(j).padStart(8, "0")}`;
      // biome-ignore format: one value per column
      batch.push([id, listId, `cli_bench_${j}`, JSON.stringify(card), phone, seedZones[j % seedZones.length] ?? "Europe/Moscow",
        "queued", 0, now - rows + j, "[]", now, now]);
    }
    await handle.lock.run(() =>
      handle.client.batch(multiInsert("prospecting_list_members", columns, batch), "write"),
    );
  }
}
