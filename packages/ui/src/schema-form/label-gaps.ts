import type { FieldSpec, SchemaText } from "./fields.ts";

/** Whether a label is given in Russian and English, each its own words. */
const bilingual = (text: SchemaText | undefined) =>
  typeof text === "object" && text.ru.trim() !== "" && text.en.trim() !== "" && text.ru !== text.en;

/**
 * Every field of a settings form, list rows' and every variant's fields included, each with a
 * readable path (`lostReasons.*.label`, `wonWhen(prepayment).percent`).
 */
export function everyField(fields: readonly FieldSpec[], prefix = ""): [string, FieldSpec][] {
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

/**
 * What a settings form would show in one language only or not at all: fields without a ru/en
 * title (or with a one-language hint), enum options and variants without labels, lists without a
 * row word — each by its path — plus fields that render as "cannot be edited here" and top-level
 * fields outside a section named in both languages. Empty lists mean the form is fully worded.
 *
 * @example settingsFormGaps(fieldsOf(jsonSchema, secrets)).unlabelled // ["greeting", "mode=fast"]
 */
export function settingsFormGaps(fields: readonly FieldSpec[]): {
  unlabelled: string[];
  unsupported: string[];
  unsectioned: string[];
} {
  const all = everyField(fields);
  const unlabelled = all.flatMap(([path, f]) => [
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
  return {
    unlabelled,
    unsupported: all.filter(([, f]) => f.kind === "unsupported").map(([path]) => path),
    unsectioned: fields
      .filter((f) => typeof f.section !== "object" || !f.section.ru || !f.section.en)
      .map((f) => f.key),
  };
}
