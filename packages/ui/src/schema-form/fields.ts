import type { LocalizedText } from "../i18n/types.ts";

/** A label as a JSON schema carries it: plain text, or `{ en, ru }` from zod's `.meta({ title })`. */
export type SchemaText = string | LocalizedText;

type Common = {
  /** Dotted path of the value inside the settings object, e.g. `"smtp.port"`. */
  path: string;
  key: string;
  title: SchemaText | undefined;
  description: SchemaText | undefined;
  required: boolean;
  /** The schema's `default`, used when nothing is stored yet. */
  defaultValue: unknown;
};

/** One field of a settings form, derived from a JSON schema node. */
export type FieldSpec =
  | (Common & { kind: "string"; secret: boolean; format: string | undefined; multiline: boolean })
  | (Common & { kind: "number"; integer: boolean; minimum: number | undefined; maximum: number | undefined })
  | (Common & { kind: "boolean" })
  | (Common & { kind: "enum"; options: string[] })
  | (Common & { kind: "tags" })
  | (Common & { kind: "object"; fields: FieldSpec[] })
  | (Common & { kind: "unsupported" });

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;

function text(value: unknown): SchemaText | undefined {
  if (typeof value === "string") return value;
  if (isNode(value) && typeof value.en === "string" && typeof value.ru === "string") {
    return { en: value.en, ru: value.ru };
  }
  return undefined;
}

/** The non-null branch of `anyOf: [X, { type: "null" }]` (zod's `.nullable()`), or the node itself. */
function unwrapNullable(node: Node): Node {
  const branches = Array.isArray(node.anyOf) ? node.anyOf.filter(isNode) : [];
  const real = branches.filter((branch) => branch.type !== "null");
  if (branches.length > 0 && real.length === 1 && real[0]) return { ...real[0], ...node, anyOf: undefined };
  return node;
}

function fieldOf(raw: Node, key: string, path: string, required: boolean, secrets: Set<string>): FieldSpec {
  const node = unwrapNullable(raw);
  const common = {
    path,
    key,
    title: text(node.title),
    description: text(node.description),
    required,
    defaultValue: node.default,
  };
  const type = node.type;
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === "string")) {
    return { ...common, kind: "enum", options: node.enum as string[] };
  }
  if (type === "string") {
    const maxLength = typeof node.maxLength === "number" ? node.maxLength : undefined;
    const secret = secrets.has(path);
    return {
      ...common,
      kind: "string",
      secret,
      format: typeof node.format === "string" ? node.format : undefined,
      // A secret stays a password field however long it may be.
      multiline: !secret && maxLength !== undefined && maxLength > 200,
    };
  }
  if (type === "number" || type === "integer") {
    return {
      ...common,
      kind: "number",
      integer: type === "integer",
      minimum: typeof node.minimum === "number" ? node.minimum : undefined,
      maximum: typeof node.maximum === "number" ? node.maximum : undefined,
    };
  }
  if (type === "boolean") return { ...common, kind: "boolean" };
  if (type === "array" && isNode(node.items) && node.items.type === "string" && !node.items.enum) {
    return { ...common, kind: "tags" };
  }
  if (type === "object" && isNode(node.properties)) {
    return { ...common, kind: "object", fields: fieldsOf(node, secrets, path) };
  }
  return { ...common, kind: "unsupported" };
}

/**
 * The fields of a settings form from the JSON schema zod's `toJSONSchema` produces for a
 * plugin's settings; `secrets` names the dotted paths shown as password inputs.
 *
 * @example fieldsOf({ type: "object", properties: { token: { type: "string" } } }, new Set(["token"]))
 */
export function fieldsOf(schema: unknown, secrets: ReadonlySet<string>, prefix = ""): FieldSpec[] {
  if (!isNode(schema) || !isNode(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  return Object.entries(schema.properties)
    .filter((entry): entry is [string, Node] => isNode(entry[1]))
    .map(([key, node]) =>
      fieldOf(node, key, prefix ? `${prefix}.${key}` : key, required.has(key), secrets as Set<string>),
    );
}

/** "apiToken" / "api_token" → "Api token": a label for a field whose schema has no title. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
