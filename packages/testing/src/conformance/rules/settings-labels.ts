import type { AnyPlugin } from "@quartet/core/plugin";
import { fieldsOf, settingsFormGaps } from "@quartet/ui/pure";
import { z } from "zod";
import { count, type Finding, failed, joined, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

/**
 * The settings form the functions page generates shows every field in Russian and English
 * (`labelled()` meta: titles, hints, options, variants, row words, sections) and has no field it
 * cannot edit — the check the built-in plugins' settings test makes, for one plugin.
 */
export function settingsLabelsRule(plugin: AnyPlugin): Finding {
  if (!plugin.settings) return passed("settings-labels", m.settingsNone);
  const json = z.toJSONSchema(plugin.settings, { io: "input", unrepresentable: "any" });
  const fields = fieldsOf(json, new Set(plugin.secretSettings ?? []));
  const gaps = settingsFormGaps(fields);
  const problems = [
    ...(gaps.unlabelled.length
      ? [{ key: m.settingsUnlabelled, params: { fields: listed(gaps.unlabelled) } }]
      : []),
    ...(gaps.unsupported.length
      ? [{ key: m.settingsUnsupported, params: { fields: listed(gaps.unsupported) } }]
      : []),
    ...(gaps.unsectioned.length
      ? [{ key: m.settingsUnsectioned, params: { fields: listed(gaps.unsectioned) } }]
      : []),
  ];
  if (problems.length === 0)
    return passed("settings-labels", m.settingsOk, { settings: count(fields.length, m.settings) });
  return failed("settings-labels", m.settingsBroken, { problems: joined(problems, m.semicolon) });
}
