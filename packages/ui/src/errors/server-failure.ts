/** What the server said about a failed call, whatever the edge (tRPC or `/api/auth`). */
export type ServerFailure = {
  /** tRPC's code (`CONFLICT`, `FORBIDDEN`, …) or null when the server was not reached. */
  code: string | null;
  /** The domain code (`BAD_INPUT`, `PLUGIN_NOT_ENABLED`, …) when the server sent one. */
  domainCode: string | null;
  message: string;
  /** Field path → the server's message. */
  fields: Record<string, string>;
  /** What the server adds for the client to act on, e.g. `{ dependents: [...] }` of a CONFLICT. */
  details: Record<string, unknown>;
};

type ErrorData = { code?: unknown; domainCode?: unknown; fields?: unknown; details?: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function stringsOf(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

/**
 * Reads a tRPC client error (`error.data.fields`, `error.data.code`) or any other error into
 * one shape; an error without data means the server was not reached. The app and plugin pages
 * share it.
 *
 * @example failureOf(error).fields.email // "Enter a valid email"
 */
export function failureOf(error: unknown): ServerFailure {
  const data = isRecord(error) && isRecord(error.data) ? (error.data as ErrorData) : null;
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: typeof data?.code === "string" ? data.code : null,
    domainCode: typeof data?.domainCode === "string" ? data.domainCode : null,
    message,
    fields: stringsOf(data?.fields),
    details: isRecord(data?.details) ? data.details : {},
  };
}
