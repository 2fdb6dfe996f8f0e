import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineEvent } from "./define-event.ts";
import { definePermission } from "./define-permission.ts";
import { type AnyPlugin, defineSubscriber } from "./define-plugin.ts";
import { minimalManifest } from "./minimal-manifest.ts";
import { validateManifests, validateOne } from "./validate-manifests.ts";

const event = (name: string, version = 1) =>
  defineEvent({ name, version, schema: z.object({ id: z.string() }) });
const leadQualified = event("prospecting.lead.qualified");
const leadQualifiedV2 = event("prospecting.lead.qualified", 2);
const permission = (id: string) => definePermission({ id, description: { en: id, ru: id } });
const subscriber = (name: string, on = leadQualified) =>
  defineSubscriber({ name, event: on, handle: async () => {} });
const job = (name: string, everyMs: number) => ({ name, everyMs, run: async () => {} });

const plugin = minimalManifest;

const consuming = (...consumes: AnyPlugin["events"]["consumes"]) => ({ events: { emits: [], consumes } });
const needing = (id: string, ...dependsOn: string[]) => plugin(id, { dependsOn });
const badIds = ["core", "Prospecting", "first_sale", "2gis", "-crm", "crm-", "one--c", ""];
const badIdProblem = 'must be lower-case kebab-case and not "core"';

const manifestError = (message: string, pluginIds?: string[]) =>
  expect.objectContaining({ name: "ManifestError", message, ...(pluginIds && { pluginIds }) });

const prospecting = plugin("prospecting", {
  function: "prospecting",
  permissions: [permission("prospecting.calls.work")],
  events: { emits: [leadQualified], consumes: [] },
  jobs: [job("recount", 60_000)],
  db: { schema: {}, migrationsFolder: "./migrations" },
});
const firstSale = plugin("first-sale", {
  function: "first-sale",
  dependsOn: ["prospecting"],
  events: { emits: [event("first-sale.deal.won")], consumes: [leadQualified] },
  subscribers: [subscriber("open-deal")],
});

describe("validateManifests", () => {
  it.each([
    ["no plugins", [], []],
    ["a bare plugin", [plugin("notes")], ["notes"]],
    ["plugins in dependency order", [firstSale, prospecting], ["prospecting", "first-sale"]],
    ["kebab-case ids with digits", [plugin("crm2"), plugin("one-c-sync")], ["crm2", "one-c-sync"]],
  ])("accepts %s", (_, plugins, expected) => {
    expect(validateManifests(plugins).map((p) => p.id)).toEqual(expected);
  });

  it.each([
    ["installed twice", [plugin("notes"), plugin("notes")], 'Plugin "notes" is installed twice'],
    ["an unknown dependency", [firstSale], 'Plugin "first-sale" depends on unknown plugin "prospecting"'],
    ["a cycle", [needing("a", "b"), needing("b", "a")], "Plugin dependency cycle: a → b → a"],
    ["a bad manifest", [plugin("notes"), plugin("core")], `Plugin id "core" ${badIdProblem}`],
  ])("rejects %s", (_, plugins, message) => {
    expect(() => validateManifests(plugins)).toThrow(manifestError(message));
  });
});

describe("validateOne", () => {
  it.each(badIds)("rejects the id %j", (id) => {
    expect(() => validateOne(plugin(id))).toThrow(manifestError(`Plugin id "${id}" ${badIdProblem}`, [id]));
  });

  it.each<[string, Partial<AnyPlugin>, string]>([
    [
      "a foreign permission",
      { permissions: [permission("farming.orders.read")] },
      'declares permission "farming.orders.read" outside its namespace',
    ],
    [
      "a look-alike permission",
      { permissions: [permission("first-sales.deals.read")] },
      'declares permission "first-sales.deals.read" outside its namespace',
    ],
    [
      "a foreign emitted event",
      { events: { emits: [leadQualified], consumes: [leadQualified] } },
      'emits "prospecting.lead.qualified" outside its namespace',
    ],
    [
      "a subscriber to an unconsumed event",
      consuming(),
      'subscribes to "prospecting.lead.qualified@1" without listing it in events.consumes',
    ],
    [
      "a subscriber to another version",
      consuming(leadQualifiedV2),
      'subscribes to "prospecting.lead.qualified@1" without listing it in events.consumes',
    ],
    [
      "a consumed event with no subscriber",
      consuming(leadQualified, leadQualifiedV2),
      'consumes "prospecting.lead.qualified@2" but no subscriber handles it',
    ],
    [
      "two subscribers with one name",
      { subscribers: [subscriber("open-deal"), subscriber("open-deal")] },
      'has two subscribers named "open-deal"',
    ],
    [
      "a job more than once a second",
      { jobs: [job("poll", 999)] },
      'job "poll" must run at most once a second',
    ],
    [
      "a job with no period",
      { jobs: [job("poll", Number.NaN)] },
      'job "poll" must run at most once a second',
    ],
    [
      "tables without migrations",
      { db: { schema: {}, migrationsFolder: "" } },
      "declares tables without a migrations folder",
    ],
  ])("rejects %s", (_, overrides, problem) => {
    const manifest = { ...firstSale, ...overrides };
    expect(() => validateOne(manifest)).toThrow(
      manifestError(`Plugin "first-sale" ${problem}`, ["first-sale"]),
    );
  });

  it.each([
    ["a full manifest", prospecting],
    ["a consumer with its subscriber", firstSale],
    ["two subscribers to one event", { ...firstSale, subscribers: [subscriber("a"), subscriber("b")] }],
    ["a job once a second", { ...firstSale, jobs: [job("tick", 1000)] }],
  ])("accepts %s", (_, manifest) => {
    expect(() => validateOne(manifest)).not.toThrow();
  });
});
