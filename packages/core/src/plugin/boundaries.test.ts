import { sqliteTable, text } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { pluginProcedure, protectedProcedure, router } from "../trpc/index.ts";
import { isSemver, ownsTable, tablePrefixOf, validateBoundaries } from "./boundaries.ts";
import { minimalManifest } from "./minimal-manifest.ts";

const table = (name: string) => sqliteTable(name, { id: text("id").primaryKey() });

const plugin = minimalManifest;

const withTables = (id: string, ...names: string[]) =>
  plugin(id, {
    db: { schema: Object.fromEntries(names.map((name) => [name, table(name)])), migrationsFolder: "/x" },
  });

describe("table prefixes", () => {
  it.each([
    ["referrals", "referrals_"],
    ["first-sale", "first_sale_"],
    ["a-b-c", "a_b_c_"],
  ])("%s owns tables starting with %s", (id, prefix) => {
    expect(tablePrefixOf(id)).toBe(prefix);
  });

  it.each([
    ["referrals", "referrals_links", true],
    ["referrals", "REFERRALS_links", true],
    ["referrals", "referrals", false],
    ["referrals", "referralslinks", false],
    ["referrals", "core_tasks", false],
    ["first-sale", "first_sale_deals", true],
    ["first-sale", "first-sale_deals", false],
    ["first", "first_sale_deals", true],
  ] as const)("%s owns %s: %s", (id, name, owned) => {
    expect(ownsTable(id, name)).toBe(owned);
  });
});

describe("isSemver", () => {
  it.each(["1.0.0", "0.1.0", "10.20.30", "2.0.0-rc.1", "1.0.0+build.5", "1.0.0-alpha-1"])(
    "accepts %s",
    (v) => {
      expect(isSemver(v)).toBe(true);
    },
  );
  it.each(["banana", "1", "1.0", "v1.0.0", "01.0.0", "1.0.0.0", "1.0.0-", "", 1])("refuses %s", (v) => {
    expect(isSemver(v)).toBe(false);
  });
});

describe("validateBoundaries", () => {
  it("accepts a plugin whose tables carry its prefix and whose procedures name it", () => {
    const own = router({ links: pluginProcedure("referrals", "referrals.read").query(() => 1) });
    expect(() =>
      validateBoundaries({ ...withTables("referrals", "referrals_links"), router: own }),
    ).not.toThrow();
  });

  it("refuses a version that is not semver", () => {
    expect(() => validateBoundaries(plugin("referrals", { version: "banana" }))).toThrow(
      'Plugin "referrals" has version "banana": a semantic version (e.g. 1.0.0) is required',
    );
  });

  it.each([
    ["^99.0.0", 'Plugin "referrals" supports Quartet ^99.0.0, and this is Quartet 0.1.0'],
    [
      "banana",
      'Plugin "referrals" has quartet "banana": a semver range of the Quartet versions it supports (e.g. ^0.1.0) is required',
    ],
  ])("refuses supported Quartet versions %s", (quartet, error) => {
    expect(() => validateBoundaries(plugin("referrals", { quartet }))).toThrow(error);
  });

  it.each([["^0.1.0"], [undefined]])("accepts supported Quartet versions %s", (quartet) => {
    expect(() => validateBoundaries(plugin("referrals", { quartet }))).not.toThrow();
  });

  it.each(["core_tasks", "prospecting_calls", "links"])("refuses a schema declaring %s", (name) => {
    expect(() => validateBoundaries(withTables("referrals", "referrals_links", name))).toThrow(
      `Plugin "referrals" declares table "${name}" outside its prefix: its tables must start with "referrals_"`,
    );
  });

  it("refuses a procedure built for another plugin's id, and allows core's procedures", () => {
    const foreign = router({
      mine: pluginProcedure("referrals", "referrals.read").query(() => 1),
      core: protectedProcedure("core.clients.read").query(() => 2),
      theirs: router({ secret: pluginProcedure("prospecting", "prospecting.read").query(() => 3) }),
    });
    expect(() => validateBoundaries(plugin("referrals", { router: foreign }))).toThrow(
      'Plugin "referrals" has procedure "theirs.secret" built with pluginProcedure("prospecting", …): use its own id "referrals"',
    );
  });
});
