import { describe, expect, it } from "vitest";
import { checkConformance } from "./check.ts";
import { expectConformance } from "./expect.ts";
import { conformanceRules } from "./findings.ts";
import { brokenSamples, samplePlugin, seedNote } from "./fixture/plugin.ts";
import { wordFinding } from "./word.ts";

const broken = (findings: Awaited<ReturnType<typeof checkConformance>>) =>
  findings.filter((f) => !f.ok && !f.skipped).map((f) => f.rule);

describe("the conformance check", () => {
  it("passes a plugin that keeps every rule, one finding per rule in order", async () => {
    const findings = await checkConformance(samplePlugin, { seed: seedNote });
    expect(findings.map((f) => f.rule)).toEqual([...conformanceRules]);
    expect(findings.filter((f) => !f.ok)).toEqual([]);
  }, 60_000);

  it("covers every rule with a broken fixture", () => {
    expect([...new Set(brokenSamples.map((s) => s.rule))]).toEqual([...conformanceRules]);
  });

  it.each(brokenSamples)(
    "reports a fixture that breaks $rule for that rule only, naming $says",
    async (sample) => {
      const findings = await checkConformance(sample.plugin, {
        packageDir: sample.packageDir,
        seed: seedNote,
      });
      expect(broken(findings)).toEqual([sample.rule]);
      const finding = findings.find((f) => f.rule === sample.rule);
      expect(finding && wordFinding(finding, "en").text).toContain(sample.says);
      expect(finding && wordFinding(finding, "ru").text).toContain(sample.says);
    },
    60_000,
  );

  const orphan = { ...samplePlugin, dependsOn: ["absent"] };

  it("leaves the host's rules unchecked for a plugin whose dependency is not installed, naming it", async () => {
    const findings = await checkConformance(orphan);
    expect(findings.filter((f) => f.skipped).map((f) => f.rule)).toEqual([
      "forbidden-actor",
      "keeps-data",
      "purge",
      "health",
    ]);
    const unchecked = findings.find((f) => f.skipped);
    expect(unchecked && wordFinding(unchecked, "en").text).toContain('"absent"');
  });

  it.fails("fails a suite all the same when nothing else failed (expectConformance)", () =>
    expectConformance(orphan));

  it.fails("fails a suite for a broken rule (expectConformance)", () =>
    expectConformance(samplePlugin, {
      packageDir: brokenSamples.find((s) => s.rule === "readme")?.packageDir,
    }));
});
