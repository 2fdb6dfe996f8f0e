import type { Client } from "@libsql/client";
import { expect } from "vitest";
import { localFile, openForReading } from "../../src/cli/commands/ops/instance.ts";

// Rows written the way a build before a migration wrote them, put into a restored fixture before the
// upgrade, and what each migration's backfill must have made of them. A fixture made after a
// migration already has its column: then its rows are not seeded and not checked.

const hasColumn = async (db: Client, table: string, column: string) =>
  (await db.execute(`PRAGMA table_info(${table})`)).rows.some((row) => row.name === column);

const stored = (key: string, params?: object) => JSON.stringify(params ? { key, params } : { key });

/** Old-style rows of the backfilled tables, by the build before each migration: how many were added per table. */
export async function seedBeforeBackfills(path: string): Promise<Record<string, number>> {
  const db = openForReading(localFile(path));
  const added: Record<string, number> = {};
  try {
    if (!(await hasColumn(db, "core_import_errors", "kind"))) {
      await db.execute(`INSERT INTO core_imports (id, kind, file_name, file_path, file_bytes, status, mapping,
        on_duplicate, next_row, created_count, duplicate_count, invalid_count, created_by, created_at)
        VALUES ('imp_upgrade', 'clients', 'clients.csv', '/gone/clients.csv', 100, 'done', '{}', 'skip', 6, 3, 1, 1, 'usr_x', 1)`);
      const errors: [number, string, string][] = [
        [2, "phone", stored("core.imports.valueDropped", { message: { key: "core.imports.placeholder" } })],
        [2, "email", stored("core.imports.valueDropped", { message: { key: "core.clients.emailInvalid" } })],
        [3, "inn", "core.imports.registryNotFound"],
        [4, "phone", stored("core.imports.matchesClient", { name: "ООО Ромашка" })],
        [5, "inn", "core.clients.innChecksum"],
        [6, "name", "Название не указано"],
      ];
      for (const [row, field, message] of errors)
        await db.execute({
          sql: "INSERT INTO core_import_errors (import_id, row, field, message, value) VALUES ('imp_upgrade', ?, ?, ?, NULL)",
          args: [row, field, message],
        });
      Object.assign(added, { core_imports: 1, core_import_errors: errors.length });
    }
    if (!(await hasColumn(db, "prospecting_messages", "media"))) {
      const request = (await db.execute("SELECT id FROM prospecting_requests ORDER BY id LIMIT 1")).rows[0]
        ?.id;
      const texts = [
        "[media:photo] Вот наш склад",
        "[media:sticker]",
        "✎ [media:document]",
        "[media:sticker]x",
        "Привет",
      ];
      for (const [i, text] of texts.entries())
        await db.execute({
          sql: `INSERT INTO prospecting_messages (id, request_id, telegram_chat_id, direction, text, at)
                VALUES (?, ?, '42', 'in', ?, ?)`,
          args: [`msg_upgrade_${i}`, String(request), text, i],
        });
      await db.execute({
        sql: "UPDATE prospecting_requests SET message = '[media:photo] Нужны коробки' WHERE id = ?",
        args: [String(request)],
      });
      added.prospecting_messages = texts.length;
    }
  } finally {
    db.close();
  }
  return added;
}

/** Checks what the backfills made of the rows `seedBeforeBackfills` added. */
export async function expectBackfilled(path: string, added: Record<string, number>): Promise<void> {
  const db = openForReading(localFile(path));
  const rows = async (sql: string) => (await db.execute(sql)).rows.map((row) => Object.values(row));
  try {
    if (added.core_import_errors) {
      // Each error's kind as the old build derived it from the key; the rows with a warning counted per import.
      expect(
        await rows(
          "SELECT row, field, kind FROM core_import_errors WHERE import_id = 'imp_upgrade' ORDER BY row, field",
        ),
      ).toEqual([
        [2, "email", "warning"],
        [2, "phone", "warning"],
        [3, "inn", "warning"],
        [4, "phone", "duplicate"],
        [5, "inn", "refused"],
        [6, "name", "refused"],
      ]);
      expect(await rows("SELECT warned_count FROM core_imports WHERE id = 'imp_upgrade'")).toEqual([[2]]);
    }
    if (added.prospecting_messages) {
      // The marker's kind moved to `media`, the caption stayed; what only looked like a marker is left alone.
      const media = (kind: string) =>
        JSON.stringify({ kind, fileId: null, fileName: null, mimeType: null, size: null });
      expect(
        await rows("SELECT text, media FROM prospecting_messages WHERE id LIKE 'msg_upgrade_%' ORDER BY id"),
      ).toEqual([
        ["Вот наш склад", media("photo")],
        ["", media("sticker")],
        ["✎", media("document")],
        ["[media:sticker]x", null],
        ["Привет", null],
      ]);
      expect(await rows("SELECT count(*) FROM prospecting_requests WHERE message LIKE '[media:%'")).toEqual([
        [0],
      ]);
      expect(await rows("SELECT count(*) FROM prospecting_requests WHERE message = 'Нужны коробки'")).toEqual(
        [[1]],
      );
    }
  } finally {
    db.close();
  }
}
