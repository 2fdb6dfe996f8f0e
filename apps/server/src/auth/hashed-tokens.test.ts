import type { DBAdapter } from "better-auth";
import { memoryAdapter } from "better-auth/adapters/memory";
import { describe, expect, it } from "vitest";
import { hashToken, withHashedSessionTokens } from "./hashed-tokens.ts";

type Session = { id: string; token: string; userId: string; expiresAt: Date };

// better-auth's own in-memory adapter and adapter factory: the call shapes are the real ones.
function setup() {
  const tables: Record<string, Record<string, unknown>[]> = {
    user: [],
    session: [],
    account: [],
    verification: [],
  };
  const adapter: DBAdapter = withHashedSessionTokens(memoryAdapter(tables))({});
  const session = (token: string) => ({
    token,
    userId: "usr_1",
    expiresAt: new Date(Date.now() + 60_000),
    createdAt: new Date(),
    updatedAt: new Date(),
  });
  const stored = () => tables.session?.map((row) => row.token);
  return { tables, adapter, session, stored };
}

describe("withHashedSessionTokens", () => {
  it("stores the hash, hands the raw token back, and finds the row by the raw token", async () => {
    const { adapter, session, stored } = setup();
    const created = await adapter.create<ReturnType<typeof session>, Session>({
      model: "session",
      data: session("raw-one"),
    });
    expect(created.token).toBe("raw-one");
    expect(stored()).toEqual([hashToken("raw-one")]);
    const found = await adapter.findOne<Session>({
      model: "session",
      where: [{ field: "token", value: "raw-one" }],
    });
    expect(found).toMatchObject({ id: created.id, token: "raw-one" });
    expect(
      await adapter.findOne({ model: "session", where: [{ field: "token", value: hashToken("raw-one") }] }),
    ).toBeNull();
  });

  it("restores each token of an `in` lookup, and leaves rows read by another key hashed", async () => {
    const { adapter, session } = setup();
    await adapter.create({ model: "session", data: session("raw-a") });
    await adapter.create({ model: "session", data: session("raw-b") });
    const both = await adapter.findMany<Session>({
      model: "session",
      where: [{ field: "token", operator: "in", value: ["raw-b", "raw-a"] }],
    });
    expect(both.map((s) => s.token).sort()).toEqual(["raw-a", "raw-b"]);
    const listed = await adapter.findMany<Session>({
      model: "session",
      where: [{ field: "userId", value: "usr_1" }],
    });
    expect(listed.map((s) => s.token).sort()).toEqual([hashToken("raw-a"), hashToken("raw-b")].sort());
    expect(await adapter.count({ model: "session", where: [{ field: "token", value: "raw-a" }] })).toBe(1);
  });

  it("hashes tokens in update payloads and where clauses, and deletes by the raw token", async () => {
    const { adapter, session, stored } = setup();
    await adapter.create({ model: "session", data: session("raw-old") });
    const rotated = await adapter.update<Session>({
      model: "session",
      where: [{ field: "token", value: "raw-old" }],
      update: { token: "raw-new" },
    });
    expect(rotated?.token).toBe("raw-new");
    expect(stored()).toEqual([hashToken("raw-new")]);
    await adapter.delete({ model: "session", where: [{ field: "token", value: "raw-new" }] });
    expect(stored()).toEqual([]);
  });

  it("keeps hashing inside transactions, whose adapter is a different object", async () => {
    const { adapter, session, stored } = setup();
    await adapter.transaction(async (trx) => {
      await trx.create({ model: "session", data: session("raw-tx") });
      expect(
        await trx.findOne({ model: "session", where: [{ field: "token", value: "raw-tx" }] }),
      ).toMatchObject({ token: "raw-tx" });
    });
    expect(stored()).toEqual([hashToken("raw-tx")]);
  });

  it("refuses conditions a hash cannot answer, and leaves other models alone", async () => {
    const { adapter, tables } = setup();
    await expect(
      adapter.findMany({
        model: "session",
        where: [{ field: "token", operator: "starts_with", value: "raw" }],
      }),
    ).rejects.toThrow(/stored hashed/);
    await adapter.create({
      model: "verification",
      data: { identifier: "plain", value: "v", expiresAt: new Date(), token: "x" },
    });
    expect(tables.verification?.[0]?.identifier).toBe("plain");
  });
});
