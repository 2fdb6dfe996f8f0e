/** A message as the server's catalog names it: its key and parameters (`core.input.atMost`, `{ maximum: 1 }`). */
export type MessageRef = { key: string; params: Record<string, unknown> };

/** What the server said about a failed call, whatever the edge (tRPC or `/api/auth`). */
export type ServerFailure = {
  /** tRPC's code (`CONFLICT`, `FORBIDDEN`, …) or null when the server was not reached. */
  code: string | null;
  /** The domain code (`BAD_INPUT`, `PLUGIN_NOT_ENABLED`, …) when the server sent one. */
  domainCode: string | null;
  /** The server's message, worded in the viewer's language. */
  message: string;
  /** The message's catalog key (`core.imports.registryOff`), null when the server sent none. */
  messageKey: string | null;
  /** The message's parameters (`{ seconds: 45 }`). */
  params: Record<string, unknown>;
  /** Field path → the server's message, worded in the viewer's language. */
  fields: Record<string, string>;
  /**
   * Field path → the catalog key and parameters of its message, for a form that words a field
   * its own way (a limit in the unit the user types); never parse `fields` for that.
   */
  fieldKeys: Record<string, MessageRef>;
  /** What the server adds for the client to act on, e.g. `{ dependents: [...] }` of a CONFLICT. */
  details: Record<string, unknown>;
};

type ErrorData = {
  code?: unknown;
  domainCode?: unknown;
  fields?: unknown;
  details?: unknown;
  messageKey?: unknown;
  params?: unknown;
  fieldKeys?: unknown;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function stringsOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function refsOf(value: unknown): Record<string, MessageRef> {
  if (!isRecord(value)) return {};
  const refs: Record<string, MessageRef> = {};
  for (const [path, ref] of Object.entries(value)) {
    if (isRecord(ref) && typeof ref.key === "string")
      refs[path] = { key: ref.key, params: isRecord(ref.params) ? ref.params : {} };
  }
  return refs;
}

/**
 * Reads a tRPC client error (`error.data.fields`, `fieldKeys`, `messageKey`, `code`) or any
 * other error into one shape; an error without data means the server was not reached. The app
 * and plugin pages share it.
 *
 * @example failureOf(error).fields.email // "Введите корректный адрес почты"
 * @example failureOf(error).fieldKeys["classes.aShare"] // { key: "core.input.atMost", params: { maximum: 1, count: 1 } }
 */
export function failureOf(error: unknown): ServerFailure {
  const data = isRecord(error) && isRecord(error.data) ? (error.data as ErrorData) : null;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: typeof data?.code === "string" ? data.code : null,
    domainCode: typeof data?.domainCode === "string" ? data.domainCode : null,
    message,
    messageKey: typeof data?.messageKey === "string" ? data.messageKey : null,
    params: isRecord(data?.params) ? data.params : {},
    fields: stringsOf(data?.fields),
    fieldKeys: refsOf(data?.fieldKeys),
    details: isRecord(data?.details) ? data.details : {},
  };
}
