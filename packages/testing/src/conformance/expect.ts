import type { AnyPlugin } from "@quartet/core/plugin";
import { type ConformanceOptions, checkConformance } from "./check.ts";

/**
 * Runs the conformance check inside a vitest test and fails one soft expectation per broken rule,
 * named by the rule and saying what is wrong (a skipped rule fails nothing of its own).
 *
 * @example it("conforms", () => expectConformance(farmingPlugin, { installed: [farmingPlugin] }), 120_000)
 */
export async function expectConformance<const P extends readonly AnyPlugin[]>(
  plugin: AnyPlugin,
  options: ConformanceOptions<P> = {},
): Promise<void> {
  // Loaded here, not at the top: the CLI imports this package outside vitest.
  const { expect } = await import("vitest");
  for (const finding of await checkConformance(plugin, options)) {
    if (finding.skipped) continue;
    expect.soft(finding.ok, `${plugin.id}: ${finding.rule}: ${finding.message}`).toBe(true);
  }
}
