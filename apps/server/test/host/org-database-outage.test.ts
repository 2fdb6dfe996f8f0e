import {
  closeSync,
  existsSync,
  openSync,
  renameSync,
  rmSync,
  truncateSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { join } from "node:path";
import { databaseMessages, type Logger, silentLogger, wordMessage } from "@quartet/core";
import { filePathOf } from "@quartet/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseHealth } from "../../src/host/database-health.ts";
import { personOf, signUpRequest } from "../sign-up/sign-up-requests.ts";
import { callerFor } from "../support/people.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

type Logged = { obj: object | string; msg?: string };

/** A logger that keeps what is logged at error (the rest is dropped). */
function errorLog(): Logger & { errors: Logged[] } {
  const errors: Logged[] = [];
  const logger = {
    ...silentLogger,
    errors,
    error: (obj: object | string, msg?: string) => errors.push({ obj, msg }),
  };
  return { ...logger, child: () => logger };
}

const fileOf = (dbUrl: string) => filePathOf(dbUrl) ?? "";

/** Overwrites the first `length` bytes of a file with garbage, as a bad disk or a stray `dd` would. */
function scribble(path: string, offset: number, length: number): void {
  const fd = openSync(path, "r+");
  writeSync(fd, Buffer.alloc(length, 0x5a), 0, length, offset);
  closeSync(fd);
}

describe("an organisation whose database is missing or damaged", () => {
  let t: TestHost;
  let log: ReturnType<typeof errorLog>;
  beforeEach(async () => {
    log = errorLog();
    t = await createTestHost({ logger: log });
  });
  afterEach(() => t.close());

  async function twoOrgs() {
    const down = await t.host.createOrganisation({ name: "Down" });
    const up = await t.host.createOrganisation({ name: "Up" });
    for (const org of [down, up]) await t.host.lifecycle.enable(org.id, "alpha", userActor("owner"));
    const inDown = await t.caller(userActor("owner"), down.id);
    await inDown.alpha.notes.create({ text: "kept" });
    return { down, up };
  }

  /** Closes an organisation's database once the deliveries its writes kicked off are done. */
  async function closeOrg(orgId: string) {
    await t.host.dispatcher.idle();
    await t.host.orgs.invalidate(orgId);
  }

  const ask = (orgId: string, locale: "en" | "ru" = "ru") =>
    t.app().request("/trpc/alpha.notes.list", {
      headers: { "x-test-user": "owner", "x-test-org": orgId, "x-quartet-locale": locale },
    });

  async function expectOutage(orgId: string, key: string) {
    for (const locale of ["ru", "en"] as const) {
      const response = await ask(orgId, locale);
      const body = (await response.json()) as {
        error: { json: { message: string; data: { messageKey: string; domainCode: string } } };
      };
      expect(response.status, JSON.stringify(body)).toBe(503);
      expect(body.error.json.message).toBe(wordMessage(locale, key));
      expect(body.error.json.data).toMatchObject({ messageKey: key, domainCode: "UNAVAILABLE" });
    }
  }

  async function expectServing(orgId: string) {
    const response = await ask(orgId);
    expect(response.status).toBe(200);
  }

  it("answers 503 for a missing file, never recreates it, logs it once and recovers when it is back", async () => {
    const { down, up } = await twoOrgs();
    const path = fileOf(down.dbUrl);
    await closeOrg(down.id); // as after a restart: nothing open
    const saved = `${path}.saved`;
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    renameSync(path, saved); // kept aside, to be put back later

    await expectOutage(down.id, databaseMessages.orgMissing);
    await expectOutage(down.id, databaseMessages.orgMissing);
    expect(existsSync(path)).toBe(false);
    await expectServing(up.id);

    const outageLogs = log.errors.filter((entry) => entry.msg?.includes("organisation database unavailable"));
    expect(outageLogs).toHaveLength(1);
    expect(outageLogs[0]?.obj).toMatchObject({ org: down.id, reason: "missing" });
    expect(databaseHealth(t.host.orgs.outages())).toMatchObject({
      status: "degraded",
      organisationsDown: [{ org: down.id, reason: "missing" }],
    });
    // The public health check says how many are down, never which.
    expect(await (await t.app().request("/healthz")).json()).toMatchObject({
      status: "degraded",
      organisationsDown: 1,
    });

    renameSync(saved, path);
    await expectServing(down.id);
    const inDown = await t.caller(userActor("owner"), down.id);
    expect((await inDown.alpha.notes.list()).map((note) => note.text)).toEqual(["kept"]);
    expect(databaseHealth(t.host.orgs.outages())).toEqual({ status: "ok", organisationsDown: [] });
    expect(await (await t.app().request("/healthz")).json()).toMatchObject({
      status: "ok",
      organisationsDown: 0,
    });
  });

  it("answers 503 for garbage over the header; the other organisation keeps serving", async () => {
    const { down, up } = await twoOrgs();
    await closeOrg(down.id);
    scribble(fileOf(down.dbUrl), 0, 100);

    await expectOutage(down.id, databaseMessages.orgCorrupt);
    await expectServing(up.id);
    expect(log.errors.filter((entry) => entry.msg?.includes("organisation database unavailable"))).toEqual([
      { obj: expect.objectContaining({ org: down.id, reason: "corrupt" }), msg: expect.any(String) },
    ]);
    expect(t.host.orgs.outages().map((outage) => outage.orgId)).toEqual([down.id]);
  });

  it("answers 503 once a query meets a truncated file while it is open, and closes it", async () => {
    const { down, up } = await twoOrgs();
    const inDown = await t.caller(userActor("owner"), down.id);
    for (let i = 0; i < 40; i++) await inDown.alpha.notes.create({ text: `note ${i} ${"x".repeat(3000)}` });
    await closeOrg(down.id); // its WAL merged into the file
    await expectServing(down.id); // open again, so the damage is met by a query, not by the open
    const path = fileOf(down.dbUrl);
    truncateSync(path, 2 * 4096); // the header and one more page are left

    await expectOutage(down.id, databaseMessages.orgCorrupt);
    expect(t.host.orgs.size).toBe(1); // the damaged one was closed; the other stays open
    await expectServing(up.id);
    expect(t.host.orgs.outages()).toEqual([expect.objectContaining({ orgId: down.id, reason: "corrupt" })]);
  });

  it("refuses a caller's reads and writes with 503 and still answers who they are", async () => {
    const { down } = await twoOrgs();
    await closeOrg(down.id);
    rmSync(fileOf(down.dbUrl));
    const inDown = await t.caller(userActor("owner"), down.id);
    await expect(inDown.alpha.notes.list()).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
      message: wordMessage("en", databaseMessages.orgMissing),
    });
    await expect(inDown.alpha.notes.create({ text: "lost" })).rejects.toMatchObject({
      code: "SERVICE_UNAVAILABLE",
    });
    expect(existsSync(fileOf(down.dbUrl))).toBe(false);
    // Who they are and which organisations they have come from the control database.
    expect(await inDown.core.me()).toMatchObject({ activeOrgId: down.id, enabledPlugins: ["alpha"] });
  });

  it("does not stop the background work of the others: imports of later organisations still resume", async () => {
    const { down, up } = await twoOrgs();
    await closeOrg(down.id);
    rmSync(fileOf(down.dbUrl));
    await t.host.orgs.invalidate(up.id);
    await t.host.imports.resumeRunning([down.id, up.id]);
    expect(log.errors).toContainEqual({
      obj: expect.objectContaining({ org: down.id }),
      msg: "resuming imports failed",
    });
    expect(t.host.orgs.size).toBe(1); // the organisation after the down one was opened to look for its imports
  });

  it("answers 503 at the REST and public hook edges too, worded in the request's language", async () => {
    const { down } = await twoOrgs();
    const key = (await (await t.caller(userActor("owner"), down.id)).alpha.notes.newHookKey()).key;
    await closeOrg(down.id);
    rmSync(fileOf(down.dbUrl));
    const app = t.app();

    const rest = await app.request("/api/v1/alpha.notes.list", {
      headers: { "x-test-user": "owner", "x-test-org": down.id, "x-quartet-locale": "ru" },
    });
    expect(rest.status).toBe(503);
    expect(await rest.json()).toMatchObject({
      error: { code: "UNAVAILABLE", message: wordMessage("ru", databaseMessages.orgMissing) },
    });

    const hook = await app.request(`/hooks/alpha/notes/${key}`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-language": "ru" },
      body: JSON.stringify({ text: "from the website" }),
    });
    expect(hook.status).toBe(503);
    expect(await hook.json()).toMatchObject({
      error: { code: "UNAVAILABLE", message: wordMessage("ru", databaseMessages.orgMissing) },
    });
    expect(existsSync(fileOf(down.dbUrl))).toBe(false);
  });
});

describe("creating an organisation whose database cannot be created", () => {
  it("fails and leaves no organisation behind to answer 'database missing'", async () => {
    const t = await createTestHost();
    try {
      writeFileSync(join(t.dataDir, "orgs"), "not a directory"); // no database file can be made under it
      await expect(t.host.createOrganisation({ name: "Never made" })).rejects.toThrow();
      expect(await t.host.organisations.list()).toEqual([]);
    } finally {
      await t.close();
    }
  });
});

describe("core.instance.databases: the instance's health of organisation databases", () => {
  it("tells the server's administrator which organisation is down and why; nobody else may ask", async () => {
    const t = await createTestHost();
    try {
      const app = t.app();
      const admin = await personOf(await signUpRequest(app, { email: "admin@example.ru" }));
      const bob = await personOf(await signUpRequest(app, { email: "bob@example.ru" }));
      const asAdmin = await callerFor(t, admin);
      const org = await asAdmin.core.org.create({ name: "ООО Ромашка" });
      expect(await asAdmin.core.instance.databases()).toEqual({ status: "ok", organisationsDown: [] });

      await t.host.dispatcher.idle();
      await t.host.orgs.invalidate(org.id);
      rmSync(fileOf((await t.host.organisations.get(org.id)).dbUrl));
      await expect(t.host.runtime(org.id)).rejects.toMatchObject({ code: "UNAVAILABLE" }); // a member's request

      expect(await asAdmin.core.instance.databases()).toEqual({
        status: "degraded",
        organisationsDown: [
          { org: org.id, name: "ООО Ромашка", slug: org.slug, reason: "missing", since: expect.any(String) },
        ],
      });
      await expect((await callerFor(t, bob)).core.instance.databases()).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    } finally {
      await t.close();
    }
  });
});
