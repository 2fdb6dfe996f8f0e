import { normalizeText } from "./normalize-text.ts";

/** The input with every text cleaned, or the paths (`contacts.0.name`) of the texts refused. */
export type NormalizedInput = { ok: true; value: unknown } | { ok: false; paths: string[] };

const isPlainObject = (value: object): value is Record<string, unknown> => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * Every string of a request's input — values and record keys, at any depth of plain objects and
 * arrays — under the multi-line text policy (`normalizeText`); other values (numbers, dates,
 * buffers) are kept as they are. A one-line field folds its breaks later, in its schema.
 *
 * @example normalizeInputTexts({ name: "A\u200bB", tags: ["x\u0000"] }) // { ok: false, paths: ["tags.0"] }
 */
export function normalizeInputTexts(input: unknown): NormalizedInput {
  const paths: string[] = [];
  const walk = (value: unknown, path: string[]): unknown => {
    if (typeof value === "string") {
      const result = normalizeText(value);
      if (result.ok) return result.value;
      paths.push(path.join(".") || "(root)");
      return value;
    }
    if (Array.isArray(value)) return value.map((item, i) => walk(item, [...path, String(i)]));
    if (value === null || typeof value !== "object" || !isPlainObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const cleanKey = normalizeText(key);
      if (!cleanKey.ok) paths.push([...path, key].join("."));
      out[cleanKey.ok ? cleanKey.value : key] = walk(item, [...path, key]);
    }
    return out;
  };
  const value = walk(input, []);
  return paths.length === 0 ? { ok: true, value } : { ok: false, paths };
}
