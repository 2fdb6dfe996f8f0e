/** What the server said about a refused call: tRPC's code, the domain code, field messages and details. */
export type Failure = {
  /** tRPC's code (`CONFLICT`, `FORBIDDEN`, …), or null when the server was not reached. */
  code: string | null;
  domainCode: string | null;
  message: string;
  fields: Record<string, string>;
  details: Record<string, unknown>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Reads a tRPC client error (or anything thrown) into a `Failure`. */
export function failureOf(error: unknown): Failure {
  const data = isRecord(error) && isRecord(error.data) ? error.data : null;
  const fields = isRecord(data?.fields) ? data.fields : {};
  return {
    code: typeof data?.code === "string" ? data.code : null,
    domainCode: typeof data?.domainCode === "string" ? data.domainCode : null,
    message: error instanceof Error ? error.message : String(error),
    fields: Object.fromEntries(
      Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    ),
    details: isRecord(data?.details) ? data.details : {},
  };
}
