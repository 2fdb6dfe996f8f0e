/**
 * `@quartet/testing/conformance`: checks that a plugin keeps the host's rules — every procedure
 * gated by a permission and refusing a member without it, tables under its prefix, migrations
 * inside it, data kept over disable → enable, a purge removing exactly its tables, settings worded
 * in ru and en, versioned events, health readings of core's shape and a README with its sections.
 * `pnpm quartet plugin check <id>` runs it from the command line.
 */
export { type ConformanceOptions, checkConformance } from "./check.ts";
export { expectConformance } from "./expect.ts";
export { type ConformanceRule, conformanceRules, type Finding } from "./findings.ts";
export { conformanceMessages } from "./messages.ts";
export { packageDirOf } from "./package-dir.ts";
export { missingSections, readmeSections } from "./readme-sections.ts";
export { wordFinding } from "./word.ts";
