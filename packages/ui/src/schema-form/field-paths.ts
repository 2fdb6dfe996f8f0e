import { type Draft, getAt, variantOf } from "./draft.ts";
import { childPath, type FieldSpec } from "./fields.ts";
import { say } from "./schema-text.ts";

/** Every field of the form with the dotted path of its value in this draft (list rows by index). */
export function fieldsAt(fields: readonly FieldSpec[], draft: Draft, prefix = ""): [string, FieldSpec][] {
  return fields.flatMap((field): [string, FieldSpec][] => {
    const path = childPath(prefix, field.key);
    const own: [string, FieldSpec] = [path, field];
    switch (field.kind) {
      case "object":
        return [own, ...fieldsAt(field.fields, draft, path)];
      case "list": {
        const rows = getAt(draft, path);
        const count = Array.isArray(rows) ? rows.length : 0;
        return [
          own,
          ...Array.from({ length: count }, (_, i) =>
            fieldsAt(field.fields, draft, childPath(path, i)),
          ).flat(),
        ];
      }
      case "variant": {
        const variant = variantOf(field, getAt(draft, path));
        return [own, ...(variant ? fieldsAt(variant.fields, draft, path) : [])];
      }
      case "localized":
        return [own, [childPath(path, "ru"), field], [childPath(path, "en"), field]];
      default:
        return [own];
    }
  });
}

/** The paths a form shows a message beside, for telling the server's field errors from the rest. */
export function pathsOf(fields: readonly FieldSpec[], draft: Draft): string[] {
  return fieldsAt(fields, draft).map(([path]) => path);
}

/** The plugin's own words for a refused value at `path` (its `invalid` meta) in the current language. */
export function invalidTextAt(fields: readonly FieldSpec[], draft: Draft, path: string): string | undefined {
  return say(fieldsAt(fields, draft).find(([at]) => at === path)?.[1].invalid);
}
