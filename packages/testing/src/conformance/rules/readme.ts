import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AnyPlugin } from "@quartet/core/plugin";
import { type Finding, failed, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";
import { missingSections, readmeSections } from "../readme-sections.ts";

/** The plugin's package has a README.md with the sections the plugin guide requires. */
export function readmeRule(plugin: AnyPlugin, packageDir: string | undefined): Finding {
  if (!packageDir) return failed("readme", m.readmeNoDir);
  const path = join(packageDir, "README.md");
  if (!existsSync(path)) return failed("readme", m.readmeAbsent, { path });
  const missing = missingSections(plugin, readFileSync(path, "utf8"));
  if (missing.length === 0) {
    const wanted = readmeSections.filter((s) => s.when?.(plugin) ?? true).map((s) => s.name);
    return passed("readme", m.readmeOk, { sections: listed(wanted, 6) });
  }
  return failed("readme", m.readmeBroken, {
    sections: listed(
      missing.map((name) => `"${name}"`),
      6,
    ),
  });
}
