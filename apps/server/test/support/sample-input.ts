import type { z } from "zod";

type Def = { type: string; [key: string]: unknown };
type Schema = z.ZodType & { _zod: { def: Def } };

/** Texts tried, in order, for a text field until its schema accepts one (dates, phones, emails, codes …). */
const textCandidates = [
  "Проба",
  "2026-06-01",
  "2026-06",
  "+79120000001",
  "probe@example.com",
  "https://example.com",
  "09:00",
  "7707083893",
  "044525225",
  "40702810900000000001",
  "x",
];
const numberCandidates = [1, 0, 10, 100, 2026, 10_000, 1_767_225_600_000];

const ok = (schema: Schema, value: unknown) => schema.safeParse(value).success;
const firstAccepted = <T>(schema: Schema, candidates: readonly T[]) =>
  candidates.find((c) => ok(schema, c)) ?? candidates[0];

/**
 * A value a procedure's input schema accepts, built from the schema itself, for walking every
 * procedure of a router: optional fields are left out unless `fill` gives one; `fill(key)`
 * answers a value for a field by its name (e.g. another organisation's ids for `clientId`).
 *
 * @example sampleInput(entry.inputs[0], (key) => (key === "clientId" ? foreignId : undefined))
 */
export function sampleInput(schema: z.ZodType | undefined, fill: (key: string) => unknown): unknown {
  if (!schema) return undefined;
  return sample(schema as Schema, fill, "");
}

function sample(schema: Schema, fill: (key: string) => unknown, key: string): unknown {
  const def = schema._zod.def;
  const inner = (name: string) => def[name] as Schema;
  switch (def.type) {
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [k, field] of Object.entries(def.shape as Record<string, Schema>)) {
        const given = fill(k);
        const value = given !== undefined ? adapt(field, given) : sample(field, fill, k);
        if (value !== undefined) out[k] = value;
      }
      return out;
    }
    case "optional":
    case "default":
    case "prefault":
      return undefined;
    case "nullable":
    case "readonly":
    case "catch":
    case "nonoptional":
      return sample(inner("innerType"), fill, key);
    case "pipe": {
      const value = sample(inner("in"), fill, key);
      if (ok(schema, value) || inner("in")._zod.def.type !== "string") return value;
      return firstAccepted(schema, textCandidates);
    }
    case "lazy":
      return sample((def.getter as () => Schema)(), fill, key);
    case "string":
      return firstAccepted(schema, key.toLowerCase().includes("phone") ? ["+79120000001"] : textCandidates);
    case "number":
      return firstAccepted(schema, numberCandidates);
    case "boolean":
      return false;
    case "date":
      return new Date(Date.UTC(2026, 5, 1));
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "array": {
      const min = (def.checks as { _zod: { def: { check: string; minimum?: number } } }[] | undefined)?.find(
        (c) => c._zod.def.check === "min_length",
      )?._zod.def.minimum;
      return Array.from({ length: min ?? 0 }, () => sample(inner("element"), fill, key));
    }
    case "tuple":
      return (def.items as Schema[]).map((item) => sample(item, fill, key));
    case "record":
      return {};
    case "union": {
      const options = def.options as Schema[];
      const values = options.map((option) => sample(option, fill, key));
      return values.find((v) => ok(schema, v)) ?? values[0];
    }
    case "intersection":
      return {
        ...(sample(inner("left"), fill, key) as object),
        ...(sample(inner("right"), fill, key) as object),
      };
    default:
      return undefined;
  }
}

/** A filled value in the shape the field wants: a list for a list of ids, one id otherwise. */
function adapt(field: Schema, value: unknown): unknown {
  let def = field._zod.def;
  while (
    ["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"].includes(def.type)
  )
    def = (def.innerType as Schema)._zod.def;
  if (def.type === "array") return Array.isArray(value) ? value : [value];
  return Array.isArray(value) ? value[0] : value;
}
