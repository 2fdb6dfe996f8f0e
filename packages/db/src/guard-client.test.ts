import { createClient } from "@libsql/client";
import { afterEach, describe, expect, it } from "vitest";
import { guardClient } from "./guard-client.ts";

const clients: { close(): void }[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.close();
});

/** A real in-memory client behind a guard that records what it saw and throws its own error. */
function guarded() {
  const raw = createClient({ url: ":memory:" });
  clients.push(raw);
  const seen: unknown[] = [];
  const client = guardClient(raw, (error) => {
    seen.push(error);
    return new Error("guarded", { cause: error });
  });
  return { raw, client, seen };
}

describe("guardClient", () => {
  it("passes results through and shows the guard every failure, which decides what is thrown", async () => {
    const { client, seen } = guarded();
    expect((await client.execute("SELECT 1 AS one")).rows[0]?.one).toBe(1);
    await expect(client.execute("SELECT * FROM nowhere")).rejects.toThrow("guarded");
    await expect(client.batch(["SELECT 1", "SELECT * FROM nowhere"])).rejects.toThrow("guarded");
    expect(seen).toHaveLength(2);
    expect(String(seen[0])).toMatch(/no such table/);
  });

  it("guards the queries of a transaction too, and leaves the rest of the client as it is", async () => {
    const { raw, client, seen } = guarded();
    await client.execute("CREATE TABLE t (x INTEGER NOT NULL)");
    const tx = await client.transaction("write");
    await tx.execute("INSERT INTO t VALUES (1)");
    await expect(tx.execute("INSERT INTO t VALUES (NULL)")).rejects.toThrow("guarded");
    await tx.commit();
    expect(seen).toHaveLength(1);
    expect((await raw.execute("SELECT count(*) AS n FROM t")).rows[0]?.n).toBe(1);
    expect(client.protocol).toBe("file");
    client.close();
    expect(raw.closed).toBe(true);
    expect(client.closed).toBe(true);
  });
});
