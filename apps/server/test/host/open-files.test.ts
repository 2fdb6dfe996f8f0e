import { readdirSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const cap = 4;
/** Connections an organisation database keeps (the manager's default) and files each holds open. */
const connectionsPerOrg = 2;
const filesPerConnection = 3; // the database, its WAL and its shared memory

/** The files this process holds open, one entry per descriptor (`/proc/self/fd`). */
function openFiles(): string[] {
  return readdirSync("/proc/self/fd").flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return []; // closed while listed
    }
  });
}

describe("open files of organisation databases", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost({ env: { QUARTET_ORG_DB_CACHE_SIZE: String(cap) } });
  });
  afterEach(() => t.close());

  /** Works in each organisation as its members would: parallel reads, a write, and its event delivered. */
  async function visit(orgIds: readonly string[]) {
    for (const orgId of orgIds) {
      const caller = await t.caller(userActor("owner"), orgId);
      await caller.alpha.notes.create({ text: "hello" });
      await Promise.all(Array.from({ length: 12 }, () => caller.alpha.notes.list()));
      await t.host.dispatcher.idle();
    }
    await t.host.orgs.closed();
  }

  it("stay bounded by the cache after cycling through more organisations than it holds", async () => {
    const orgIds: string[] = [];
    for (let i = 0; i < cap * 3; i++) {
      const org = await t.host.createOrganisation({ name: `Org ${i}` });
      await t.host.lifecycle.enable(org.id, "alpha", userActor("owner"));
      orgIds.push(org.id);
    }
    const orgsDir = join(t.dataDir, "orgs");
    const orgFiles = () => openFiles().filter((path) => path.startsWith(orgsDir));

    await visit(orgIds);
    const afterFirstRound = openFiles().length;
    await visit(orgIds);
    await visit(orgIds);

    const held = orgFiles();
    // Only the databases in the cache hold files: at most `cap` of them, whichever the background
    // work (events, webhooks, jobs) touched last; every evicted one let go of its file, WAL and shared memory.
    const holders = new Set(
      held.map((path) => path.slice(orgsDir.length + 1).replace(/\.db(-wal|-shm)?$/, "")),
    );
    expect(holders.size).toBeLessThanOrEqual(cap);
    expect([...holders].every((orgId) => orgIds.includes(orgId))).toBe(true);
    expect(held.length).toBeLessThanOrEqual(cap * connectionsPerOrg * filesPerConnection);
    // Two more rounds through all of them opened nothing that stayed open.
    expect(openFiles().length).toBeLessThanOrEqual(afterFirstRound);
  });
});
