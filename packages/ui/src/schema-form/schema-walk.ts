import type { FieldOption, FieldSpec, FieldVariant, NumberUnit, SchemaText } from "./fields.ts";

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null;
const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

function text(value: unknown): SchemaText | undefined {
  if (typeof value === "string") return value;
  if (isNode(value) && typeof value.en === "string" && typeof value.ru === "string") {
    return { en: value.en, ru: value.ru };
  }
  return undefined;
}

const branchesOf = (node: Node): Node[] => {
  const list = Array.isArray(node.oneOf) ? node.oneOf : Array.isArray(node.anyOf) ? node.anyOf : [];
  return list.filter(isNode);
};

/** The non-null branch of `anyOf: [X, { type: "null" }]` (zod's `.nullable()`), or the node itself. */
function unwrapNullable(node: Node): Node {
  const branches = branchesOf(node);
  const real = branches.filter((branch) => branch.type !== "null");
  if (branches.length > 0 && real.length === 1 && real[0]) {
    return { ...real[0], ...node, anyOf: undefined, oneOf: undefined };
  }
  return node;
}

/** `z.union([z.literal(""), z.url()])` and the like: every branch a string, so one text input. */
function stringUnion(node: Node): Node | undefined {
  const branches = branchesOf(node);
  if (branches.length === 0 || !branches.every((branch) => branch.type === "string")) return undefined;
  const format = branches.map((branch) => str(branch.format)).find(Boolean);
  return { ...node, type: "string", format, anyOf: undefined, oneOf: undefined };
}

/** The property whose `const` tells the branches of a discriminated union apart. */
function discriminatorOf(branches: readonly Node[]): string | undefined {
  const [first] = branches;
  if (!first || !isNode(first.properties)) return undefined;
  return Object.keys(first.properties).find((key) =>
    branches.every((branch) => {
      const property = isNode(branch.properties) ? branch.properties[key] : undefined;
      return isNode(property) && typeof property.const === "string";
    }),
  );
}

function variantsOf(node: Node, discriminator: string, secrets: Set<string>, path: string): FieldVariant[] {
  return branchesOf(node).map((branch) => {
    const properties = { ...(branch.properties as Node) };
    const value = String((properties[discriminator] as Node).const);
    delete properties[discriminator];
    return { value, label: text(branch.title), fields: fieldsOf({ ...branch, properties }, secrets, path) };
  });
}

function optionsOf(node: Node, values: readonly string[]): FieldOption[] {
  const labels = isNode(node.options) ? node.options : {};
  return values.map((value) => ({ value, label: text(labels[value]) }));
}

const units: Readonly<Record<string, NumberUnit>> = {
  money: "money",
  percent: "percent",
  hours: "hours",
  days: "days",
};

function fieldOf(raw: Node, key: string, path: string, required: boolean, secrets: Set<string>): FieldSpec {
  const node = stringUnion(raw) ?? unwrapNullable(raw);
  const common = {
    key,
    title: text(node.title),
    description: text(node.description),
    required,
    defaultValue: node.default,
    invalid: text(node.invalid),
    section: text(node.section),
  };
  const kind = str(node.kind);
  const type = node.type;
  if (Array.isArray(node.enum) && node.enum.every((v) => typeof v === "string")) {
    return { ...common, kind: "enum", options: optionsOf(node, node.enum as string[]) };
  }
  if (type === "string" && kind === "key") return { ...common, kind: "key", pattern: str(node.pattern) };
  if (type === "string") {
    const maxLength = num(node.maxLength);
    const secret = secrets.has(path);
    return {
      ...common,
      kind: "string",
      secret,
      format: str(node.format),
      // A secret stays a password field however long it may be; a name of 300 characters stays one line.
      multiline: !secret && (kind === "multiline" || (maxLength !== undefined && maxLength > 500)),
      minLength: num(node.minLength),
      maxLength,
      pattern: str(node.pattern),
    };
  }
  if (type === "number" || type === "integer") {
    const unit = (kind ? units[kind] : undefined) ?? "plain";
    return {
      ...common,
      kind: "number",
      unit,
      integer: type === "integer",
      minimum: num(node.minimum),
      maximum: num(node.maximum),
    };
  }
  if (type === "boolean") return { ...common, kind: "boolean" };
  if (type === "array" && isNode(node.items)) {
    const items = unwrapNullable(node.items);
    if (items.type === "string" && !items.enum)
      return { ...common, kind: "tags", maxItems: num(node.maxItems) };
    if (items.type === "object" && isNode(items.properties)) {
      return {
        ...common,
        kind: "list",
        fields: fieldsOf(items, secrets, `${path}.*`),
        item: text(node.item),
        minItems: num(node.minItems),
        maxItems: num(node.maxItems),
      };
    }
    return { ...common, kind: "unsupported", reason: "array" };
  }
  if (type === "object" && isNode(node.properties)) {
    if (kind === "localized") {
      const ru = isNode(node.properties.ru) ? node.properties.ru : {};
      return { ...common, kind: "localized", minLength: num(ru.minLength), maxLength: num(ru.maxLength) };
    }
    return { ...common, kind: "object", fields: fieldsOf(node, secrets, path) };
  }
  const branches = branchesOf(node);
  const discriminator = discriminatorOf(branches);
  if (discriminator) {
    return {
      ...common,
      kind: "variant",
      discriminator,
      variants: variantsOf(node, discriminator, secrets, path),
    };
  }
  return { ...common, kind: "unsupported", reason: branches.length > 0 ? "union" : "unknown" };
}

/**
 * The fields of a settings form from the JSON schema zod's `toJSONSchema` produces for a
 * plugin's settings, reading the `labelled()` meta (title, description, kind, options, item,
 * invalid); `secrets` names the dotted paths shown as password inputs.
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
