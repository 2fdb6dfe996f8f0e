import { systemActor } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { procedureTable } from "../../src/trpc/procedure-table.ts";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { callPath } from "../support/refusals.ts";
import { sampleInput } from "../support/sample-input.ts";
import { tableRows } from "../support/table-dump.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { idForField, seedOneOfEach } from "./cross-org-seed.ts";

const plugins = [...installedPlugins];
/** Fields that name no record of an organisation (a plugin, a demo run, a script step). */
const notRecordIds = new Set(["pluginId", "runId", "stepId"]);
const isIdField = (key: string) => !notRecordIds.has(key) && /(^id$|^ids$|Ids?$)/.test(key);
const shapeKeys = (schema: unknown): string[] => {
  const def = (
    schema as { _zod?: { def: { type: string; shape?: object; options?: unknown[]; in?: unknown } } }
  )?._zod?.def;
  if (!def) return [];
  if (def.type === "object") return Object.keys(def.shape ?? {});
  if (def.type === "union") return (def.options ?? []).flatMap(shapeKeys);
  if (def.type === "pipe") return shapeKeys(def.in);
  return [];
};
const probed = procedureTable(buildAppRouter(plugins))
  .filter((e) => shapeKeys(e.inputs[0]).some(isIdField))
  .sort((a, b) => (a.type === b.type ? a.path.localeCompare(b.path) : a.type === "query" ? -1 : 1));

/** A text every seeded record of A carries in its name. */
const seededText = "Альфа";

/** The rows of a control database dump that mention `orgId`. */
const controlRowsOf = (tables: Record<string, string>, orgId: string) =>
  Object.values(tables).flatMap((rows) =>
    (JSON.parse(rows) as object[]).map((row) => JSON.stringify(row)).filter((row) => row.includes(orgId)),
  );

describe("a member of organisation B, given organisation A's ids, gets nothing of A and changes nothing in A", () => {
  let t: TestHost;
  let orgA: string;
  let orgB: string;
  let seeded: Awaited<ReturnType<typeof seedOneOfEach>>;
  const outcomes: { path: string; outcome: string; leaked: string[] }[] = [];
  let beforeA: Record<string, string>;
  let beforeControl: string[];

  beforeAll(async () => {
    t = await createTestHost({ plugins });
    const anna = await createUser(t, "Anna");
    const boris = await createUser(t, "Boris");
    orgA = (await orgOwnedBy(t, anna, "Альфа")).id;
    orgB = (await orgOwnedBy(t, boris, "Бета")).id;
    for (const org of [orgA, orgB])
      for (const plugin of plugins) await t.host.lifecycle.enable(org, plugin.id, systemActor);
    seeded = await seedOneOfEach(t, anna, orgA);
    await t.host.dispatcher.dispatchOrg(orgA);
    await t.host.dispatcher.idle();
    beforeA = await tableRows((await t.host.orgs.get(orgA)).db);
    beforeControl = controlRowsOf(await tableRows(t.host.control.db), orgA);

    const inB = await callerFor(t, boris, orgB);
    for (const entry of probed) {
      const input = sampleInput(entry.inputs[0], (key) =>
        isIdField(key) ? idForField(seeded.idsOfA, entry.path, key) : undefined,
      );
      const result = await callPath(inB, entry.path, input).then(
        (value) => ({ outcome: "answered", text: JSON.stringify(value) ?? "" }),
        (error: { code?: string }) => ({ outcome: error.code ?? String(error), text: "" }),
      );
      const given = JSON.stringify(input) ?? "";
      const leaked = [...seeded.everyIdOfA].filter((id) => result.text.includes(id) && !given.includes(id));
      if (result.text.includes(seededText)) leaked.push(seededText);
      outcomes.push({ path: entry.path, outcome: result.outcome, leaked });
    }
    await t.host.dispatcher.dispatchOrg(orgB);
    await t.host.dispatcher.idle();
  }, 120_000);
  afterAll(() => t.close());

  it("probes every procedure that takes an id, with one seeded record of each kind in A", () => {
    expect(seeded.failed).toEqual([]);
    expect(probed.length).toBeGreaterThan(150);
    const kinds = ["client", "contact", "deal", "farmingDeal", "order", "task", "import", "campaign", "list"];
    expect(kinds.filter((kind) => !seeded.idsOfA.has(kind))).toEqual([]);
    expect(outcomes.length).toBe(probed.length);
    // Inputs built from the schemas mostly pass validation, so the calls reach their lookups.
    const malformed = outcomes.filter((o) => o.outcome === "BAD_REQUEST");
    expect(malformed.length / outcomes.length).toBeLessThan(0.2);
  });

  it("no answer carries an id or a text of A that the caller did not give", () => {
    expect(outcomes.filter((o) => o.leaked.length > 0)).toEqual([]);
  });

  it("each foreign id is refused cleanly (4xx) or answered about B alone, never a server error", () => {
    expect(outcomes.filter((o) => o.outcome === "INTERNAL_SERVER_ERROR")).toEqual([]);
  });

  it("A's database and A's rows in the control database are unchanged", async () => {
    const afterA = await tableRows((await t.host.orgs.get(orgA)).db);
    expect(Object.keys(afterA).filter((name) => afterA[name] !== beforeA[name])).toEqual([]);
    expect(controlRowsOf(await tableRows(t.host.control.db), orgA)).toEqual(beforeControl);
  });

  it("B stores no reference to a record of A (the audit log's subjects included)", async () => {
    const afterB = await tableRows((await t.host.orgs.get(orgB)).db, {
      columns: { core_audit_log: "entity_id" },
    });
    const stored = Object.entries(afterB).flatMap(([table, rows]) =>
      [...seeded.everyIdOfA].filter((id) => rows.includes(id)).map((id) => `${table}: ${id}`),
    );
    expect(stored).toEqual([]);
  });
});
