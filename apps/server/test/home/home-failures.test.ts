import { silentLogger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { homeDepsOf } from "../../src/home/deps.ts";
import { pipelineTotals } from "../../src/home/pipelines.ts";
import { planVsActual } from "../../src/home/plan-vs-actual.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { type HomeHost, homeHost } from "./home-host.ts";

describe("a leg whose plan or pipeline fails", () => {
  let h: HomeHost;
  beforeAll(async () => {
    h = await homeHost();
  });
  afterAll(() => h.close());

  const broken = (plugin: AnyPlugin): AnyPlugin => ({
    ...plugin,
    plan: plugin.plan && { ...plugin.plan, actual: () => Promise.reject(new Error("database is locked")) },
    pipeline: plugin.pipeline && (() => Promise.reject(new Error("database is locked"))),
  });
  const depsWith = (plugins: readonly AnyPlugin[]) => ({
    ...homeDepsOf(h.t.host),
    plugins,
    logger: silentLogger,
  });

  it("reads «no data» for that leg and keeps the others and the page up", async () => {
    const plugins = installedPlugins.map((p) => (p.id === "first-sale" ? broken(p) : p));
    const plan = await planVsActual(depsWith(plugins), h.orgId, "Europe/Moscow", "RUB");
    const states = plan.metrics.map((m) => [m.function, m.metric, m.actual, m.state]);
    expect(states).toContainEqual(["first-sale", "revenue", null, "no-plan"]);
    expect(states).toContainEqual(["prospecting", "leads", 0, "no-plan"]);
    const pipeline = await pipelineTotals(depsWith(plugins), h.orgId, "RUB");
    expect(pipeline.functions.map((f) => [f.function, f.totals === null])).toEqual([
      ["first-sale", true],
      ["farming", false],
    ]);
    expect(pipeline.total).toMatchObject({ count: 0, amountMinor: 0 });
  });
});
