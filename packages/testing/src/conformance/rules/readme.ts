import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyPlugin } from "@quartet/core/plugin";
import { type Finding, failed, listed, passed } from "../findings.ts";
import { missingSections, readmeSections } from "../readme-sections.ts";

/** The plugin's package has a README.md with the sections the plugin guide requires. */
export function readmeRule(plugin: AnyPlugin, packageDir: string | undefined): Finding {
  if (!packageDir) return failed("readme", "the plugin's package folder is unknown: pass packageDir");
  const path = join(packageDir, "README.md");
  if (!existsSync(path)) return failed("readme", `${path} does not exist`);
  const missing = missingSections(plugin, readFileSync(path, "utf8"));
  if (missing.length === 0) {
    const wanted = readmeSections.filter((s) => s.when?.(plugin) ?? true).map((s) => s.name);
    return passed("readme", `README.md has ${listed(wanted, 6)}`);
  }
  return failed(
    "readme",
    `README.md has no section ${listed(
      missing.map((name) => `"${name}"`),
      6,
    )}`,
  );
}
