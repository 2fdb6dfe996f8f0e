import { formatNumber } from "../i18n/format.ts";
import type { Locale } from "../i18n/types.ts";
import type { FieldSpec, FieldVariant } from "./fields.ts";

/** The form's working copy: settings as typed so far, numbers kept as the text in their box. */
export type Draft = Record<string, unknown>;

/** True for a plain object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Money in minor units as its box shows it: roubles, kopecks only when there are some; Russian
 * groups thousands with spaces, English not at all (a comma would read as the decimal mark).
 */
export function moneyText(minor: number, locale: Locale): string {
  const cents = minor % 100 !== 0;
  return formatNumber(locale, minor / 100, {
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: 2,
    useGrouping: locale === "ru",
  });
}

/** The variant a stored value picks by its discriminator, or the first one. */
export function variantOf(field: FieldSpec & { kind: "variant" }, value: unknown): FieldVariant | undefined {
  const chosen = isRecord(value) ? value[field.discriminator] : undefined;
  return field.variants.find((v) => v.value === chosen) ?? field.variants[0];
}

/** The working copy of one variant: its discriminator and its own fields. */
export function variantDraft(
  field: FieldSpec & { kind: "variant" },
  variant: FieldVariant,
  stored: Record<string, unknown>,
  locale: Locale,
): Draft {
  return { ...draftOf(variant.fields, stored, locale), [field.discriminator]: variant.value };
}

function draftValue(field: FieldSpec, stored: unknown, locale: Locale): unknown {
  const value = stored === undefined || stored === null ? field.defaultValue : stored;
  switch (field.kind) {
    case "object":
      return draftOf(field.fields, isRecord(value) ? value : {}, locale);
    case "list":
      return (Array.isArray(value) ? value : []).map((item) =>
        draftOf(field.fields, isRecord(item) ? item : {}, locale),
      );
    case "variant": {
      const variant = variantOf(field, value);
      return variant ? variantDraft(field, variant, isRecord(value) ? value : {}, locale) : {};
    }
    case "localized":
      return {
        ru: isRecord(value) && typeof value.ru === "string" ? value.ru : "",
        en: isRecord(value) && typeof value.en === "string" ? value.en : "",
      };
    case "number":
      if (typeof value !== "number") return "";
      return field.unit === "money" ? moneyText(value, locale) : String(value);
    case "boolean":
      return value === true;
    case "tags":
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    case "string":
    case "enum":
    case "key":
      return typeof value === "string" ? value : "";
    case "unsupported":
      return value;
  }
}

/**
 * The working copy of stored settings (secrets arrive masked), defaults filling the gaps;
 * money is shown in major units in the viewer's `locale`.
 */
export function draftOf(
  fields: readonly FieldSpec[],
  stored: Record<string, unknown>,
  locale: Locale = "en",
): Draft {
  return Object.fromEntries(fields.map((field) => [field.key, draftValue(field, stored[field.key], locale)]));
}

/** The next draft after one list row is moved by `by` places (−1 up, +1 down). */
export function moveItem<T>(list: readonly T[], index: number, by: number): T[] {
  const target = index + by;
  if (target < 0 || target >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item as T);
  return next;
}

type Container = Record<string, unknown> | unknown[];

function child(node: unknown, part: string): unknown {
  if (Array.isArray(node)) return node[Number(part)];
  return isRecord(node) ? node[part] : undefined;
}

function withChild(node: unknown, part: string, value: unknown): Container {
  if (Array.isArray(node)) {
    const next = [...node];
    next[Number(part)] = value;
    return next;
  }
  return { ...(isRecord(node) ? node : {}), [part]: value };
}

function setIn(node: unknown, parts: readonly string[], value: unknown): Container {
  const [head, ...rest] = parts;
  if (head === undefined) return node as Container;
  return withChild(node, head, rest.length === 0 ? value : setIn(child(node, head), rest, value));
}

/** A copy of the draft with the value at a dotted path (list rows by index) replaced. */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  return setIn(draft, path.split("."), value) as Draft;
}

/** The value at a dotted path of the draft (`"lostReasons.2.label.ru"`). */
export function getAt(draft: Draft, path: string): unknown {
  let node: unknown = draft;
  for (const part of path.split(".")) node = child(node, part);
  return node;
}
