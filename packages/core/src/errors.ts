/**
 * Every failure the domain can name. Each edge (tRPC formatter, Hono `onError`, CLI) maps
 * these codes once, with an exhaustive switch.
 */
export type DomainErrorCode =
  | "BAD_INPUT"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "PLUGIN_NOT_ENABLED"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PRECONDITION_FAILED"
  | "PAYLOAD_TOO_LARGE"
  | "RATE_LIMITED"
  | "INTERNAL";

/** Field path → human message, e.g. `{ "inn": "Wrong checksum" }`. */
export type FieldErrors = Record<string, string>;

/**
 * The one error type of the domain. `message` is safe to show a user; `fields` names the
 * input fields at fault.
 *
 * @example throw new DomainError("BAD_INPUT", "Invalid INN", { fields: { inn: "Wrong checksum" } })
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fields: FieldErrors | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(
    code: DomainErrorCode,
    message: string,
    options: { fields?: FieldErrors; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.fields = options.fields;
    this.details = options.details;
  }
}

/** True for a `DomainError`, also one thrown by another copy of this module. */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (error instanceof Error && error.name === "DomainError" && "code" in error)
  );
}

/** HTTP status for each code: used by the REST and hook edges. */
export function httpStatusOf(code: DomainErrorCode): 400 | 401 | 403 | 404 | 409 | 412 | 413 | 429 | 500 {
  switch (code) {
    case "BAD_INPUT":
      return 400;
    case "UNAUTHORIZED":
      return 401;
    case "FORBIDDEN":
    case "PLUGIN_NOT_ENABLED":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "PRECONDITION_FAILED":
      return 412;
    case "PAYLOAD_TOO_LARGE":
      return 413;
    case "RATE_LIMITED":
      return 429;
    case "INTERNAL":
      return 500;
  }
}
