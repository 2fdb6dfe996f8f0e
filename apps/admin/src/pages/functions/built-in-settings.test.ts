import { installedPlugins } from "@quartet/server";
import { everyField, fieldsAt, fieldsOf, settingsFormGaps } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";

/** What the functions page renders for a plugin: its settings' JSON schema, as the server sends it. */
const withSettings = installedPlugins.flatMap((plugin) =>
  plugin.settings
    ? [
        {
          id: plugin.id,
          fields: fieldsOf(
            plugin.settings.toJSONSchema({ io: "input", unrepresentable: "any" }),
            new Set<string>(plugin.secretSettings ?? []),
          ),
        },
      ]
    : [],
);

describe("the built-in plugins' settings forms", () => {
  it("cover the plugins that have settings", () => {
    expect(withSettings.map((p) => p.id).sort()).toEqual(["first-sale", "prospecting"]);
  });

  it.each(withSettings)("$id: every field renders as a proper input, none as raw JSON", ({ fields }) => {
    expect(settingsFormGaps(fields).unsupported).toEqual([]);
  });

  it.each(withSettings)("$id: every label, option and variant is in Russian and English", ({ fields }) => {
    expect(settingsFormGaps(fields).unlabelled).toEqual([]);
  });

  it.each(withSettings)(
    "$id: every top-level field sits in a section named in both languages",
    ({ fields }) => {
      expect(settingsFormGaps(fields).unsectioned).toEqual([]);
    },
  );

  it.each(withSettings)("$id: money has a sensible maximum, never Number.MAX_SAFE_INTEGER", ({ fields }) => {
    const money = everyField(fields).filter(([, f]) => f.kind === "number" && f.unit === "money");
    for (const [path, f] of money) {
      expect(f.kind === "number" && f.maximum !== undefined && f.maximum <= 1e13, path).toBe(true);
    }
  });

  it("first sale shows its won rule as a choice, its reasons as rows, its target in roubles", () => {
    const fields = withSettings.find((p) => p.id === "first-sale")?.fields ?? [];
    const kinds = Object.fromEntries(fieldsAt(fields, {}).map(([path, f]) => [path, f.kind]));
    expect(kinds).toMatchObject({
      wonWhen: "variant",
      lostReasons: "list",
      assignmentStrategy: "enum",
    });
    const target = fields.find((f) => f.key === "monthlyTargetMinor");
    expect(target).toMatchObject({ kind: "number", unit: "money" });
    const days = fields.find((f) => f.key === "proposalValidityDays");
    expect(days).toMatchObject({ kind: "number", unit: "days" });
  });
});
