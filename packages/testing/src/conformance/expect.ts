import type { AnyPlugin } from "@quartet/core/plugin";
import { type ConformanceOptions, checkConformance } from "./check.ts";
import { wordFinding } from "./word.ts";

/**
 * Runs the conformance check inside a vitest test and fails one soft expectation per broken rule,
 * naming the plugin, the rule and what is wrong (in English). A rule another failure kept from being checked
 * fails nothing of its own — unless nothing else failed (a dependency left out of `installed`).
 *
 * @example it("conforms", () => expectConformance(farmingPlugin, { installed: [farmingPlugin] }), 120_000)
 */
export async function expectConformance<const P extends readonly AnyPlugin[]>(
  plugin: AnyPlugin,
  options: ConformanceOptions<P> = {},
): Promise<void> {
  // Loaded here, not at the top: the CLI imports this package outside vitest.
  const { expect } = await import("vitest");
  const findings = await checkConformance(plugin, options);
  const broken = findings.some((f) => !f.ok && !f.skipped);
  for (const finding of findings) {
    if (finding.skipped && broken) continue;
    expect.soft(finding.ok, `${plugin.id}: ${finding.rule}: ${wordFinding(finding, "en").text}`).toBe(true);
  }
}
