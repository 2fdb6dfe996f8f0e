import type { FieldSpec, SchemaText } from "./fields.ts";

/** A run of neighbouring fields under one heading; `title` is undefined for fields outside any section. */
export type FieldSection = { title: SchemaText | undefined; fields: FieldSpec[] };

const same = (a: SchemaText | undefined, b: SchemaText | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Groups neighbouring fields that name the same `section` (as amoCRM and Pipedrive group their
 * settings): the form shows one heading per run, in declaration order.
 *
 * @example sectionsOf(fields).map((s) => s.fields.length) // [4, 1, 2]
 */
export function sectionsOf(fields: readonly FieldSpec[]): FieldSection[] {
  const sections: FieldSection[] = [];
  for (const field of fields) {
    const last = sections.at(-1);
    if (last && same(last.title, field.section)) last.fields.push(field);
    else sections.push({ title: field.section, fields: [field] });
  }
  return sections;
}
