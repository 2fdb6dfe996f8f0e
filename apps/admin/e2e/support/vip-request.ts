import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { adminDir } from "./paths.ts";

type Libsql = {
  createClient: (o: { url: string }) => {
    execute: (s: { sql: string; args: unknown[] }) => Promise<unknown>;
    close: () => void;
  };
};

/**
 * Makes a client request `hoursAgo` old: the clock of a task marked `client-request` starts when it is
 * created, and a browser test cannot wait out a business-hours deadline, so the request's timer is
 * written straight into the organisation's database with an earlier start — over the row VIP's timer
 * job may already have written for the task.
 */
export async function backdateRequest(
  dataDir: string,
  request: { taskId: string; clientId: string; tierKey: string; slaMinutes: number; hoursAgo: number },
): Promise<void> {
  const { createClient } = createRequire(join(adminDir, "../server/package.json"))(
    "@libsql/client",
  ) as Libsql;
  const orgs = join(dataDir, "orgs");
  const file = readdirSync(orgs).find((name) => name.endsWith(".db"));
  if (!file) throw new Error(`No organisation database in ${orgs}`);
  const db = createClient({ url: `file:${join(orgs, file)}` });
  const startedAt = Date.now() - request.hoursAgo * 3_600_000;
  try {
    await db.execute({
      sql: `INSERT INTO vip_requests (id, source, client_id, tier_key, sla_minutes, started_at, due_at, created_at)
            VALUES (?, 'task', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET started_at = excluded.started_at, due_at = excluded.due_at,
              created_at = excluded.created_at`,
      args: [
        request.taskId,
        request.clientId,
        request.tierKey,
        request.slaMinutes,
        startedAt,
        startedAt + request.slaMinutes * 60_000,
        startedAt,
      ],
    });
  } finally {
    db.close();
  }
}
