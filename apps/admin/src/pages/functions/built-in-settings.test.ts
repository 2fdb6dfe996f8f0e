import { installedPlugins } from "@quartet/server";
import { type FieldSpec, fieldsAt, fieldsOf } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";

type Text = FieldSpec["title"];

const bilingual = (text: Text) =>
  typeof text === "object" && text.ru.trim() !== "" && text.en.trim() !== "" && text.ru !== text.en;

/** Every field of a form, list rows' and every variant's fields included, each with a readable path. */
function everyField(fields: readonly FieldSpec[], prefix = ""): [string, FieldSpec][] {
  return fields.flatMap((field): [string, FieldSpec][] => {
    const path = prefix ? `${prefix}.${field.key}` : field.key;
    const own: [string, FieldSpec] = [path, field];
    if (field.kind === "object") return [own, ...everyField(field.fields, path)];
    if (field.kind === "list") return [own, ...everyField(field.fields, `${path}.*`)];
    if (field.kind === "variant") {
      return [own, ...field.variants.flatMap((v) => everyField(v.fields, `${path}(${v.value})`))];
    }
    return [own];
  });
}

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
    const unsupported = everyField(fields).filter(([, f]) => f.kind === "unsupported");
    expect(unsupported.map(([path]) => path)).toEqual([]);
  });

  it.each(withSettings)("$id: every label, option and variant is in Russian and English", ({ fields }) => {
    const missing = everyField(fields).flatMap(([path, f]) => [
      ...(bilingual(f.title) ? [] : [path]),
      ...(f.description === undefined || bilingual(f.description) ? [] : [`${path} (hint)`]),
      ...(f.kind === "enum"
        ? f.options.filter((o) => !bilingual(o.label)).map((o) => `${path}=${o.value}`)
        : []),
      ...(f.kind === "variant"
        ? f.variants.filter((v) => !bilingual(v.label)).map((v) => `${path}=${v.value}`)
        : []),
      ...(f.kind === "list" && !bilingual(f.item) ? [`${path} (row word)`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it.each(withSettings)(
    "$id: every top-level field sits in a section named in both languages",
    ({ fields }) => {
      const loose = fields.filter((f) => typeof f.section !== "object" || !f.section.ru || !f.section.en);
      expect(loose.map((f) => f.key)).toEqual([]);
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
