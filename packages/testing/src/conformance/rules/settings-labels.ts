import type { AnyPlugin } from "@quartet/core/plugin";
import { fieldsOf, settingsFormGaps } from "@quartet/ui/pure";
import { z } from "zod";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

/**
 * The settings form the functions page generates shows every field in Russian and English
 * (`labelled()` meta: titles, hints, options, variants, row words, sections) and has no field it
 * cannot edit — the check the built-in plugins' settings test makes, for one plugin.
 */
export function settingsLabelsRule(plugin: AnyPlugin): Finding {
  if (!plugin.settings) return passed("settings-labels", "no settings");
  const json = z.toJSONSchema(plugin.settings, { io: "input", unrepresentable: "any" });
  const fields = fieldsOf(json, new Set(plugin.secretSettings ?? []));
  const gaps = settingsFormGaps(fields);
  const problems = [
    ...(gaps.unlabelled.length ? [`without both ru and en labels: ${listed(gaps.unlabelled)}`] : []),
    ...(gaps.unsupported.length ? [`the form cannot edit: ${listed(gaps.unsupported)}`] : []),
    ...(gaps.unsectioned.length ? [`outside a section named in ru and en: ${listed(gaps.unsectioned)}`] : []),
  ];
  if (problems.length === 0)
    return passed("settings-labels", `${count(fields.length, "setting")}, labelled in ru and en`);
  return failed(
    "settings-labels",
    `${problems.join("; ")} (label them with labelled() from @quartet/core/plugin)`,
  );
}
