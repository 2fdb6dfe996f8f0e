import type { Locale } from "./i18n.ts";
import type { MessageParams, MessageRef } from "./messages/define.ts";
import { wordMessage, wordRef } from "./messages/word.ts";

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
  /** A resource the request needs is down for now (e.g. its organisation's database): 503. */
  | "UNAVAILABLE"
  | "INTERNAL";

/** Field path → message worded in one language, e.g. `{ "inn": "INN checksum does not match" }`. */
export type FieldErrors = Record<string, string>;

/** Field path → message: a catalog key, a key with parameters, or plain text of a plugin without a catalog. */
export type FieldMessages = Record<string, string | MessageRef>;

/** What a DomainError takes beside its code and message. */
export type DomainErrorOptions = {
  /** Parameters of the message's key, e.g. `{ count: 3 }`. */
  params?: MessageParams;
  fields?: FieldMessages;
  details?: Record<string, unknown>;
  cause?: unknown;
};

const refOf = (message: string | MessageRef): MessageRef =>
  typeof message === "string" ? { key: message } : message;

/**
 * The one error type of the domain. Its message and field messages are catalog keys with
 * parameters, worded at each edge in the viewer's language (`wordError`); `message` and `fields`
 * hold the English wording for logs and for callers that read them. Plain text passes through
 * as it is, for plugins without a catalog.
 *
 * @example throw new DomainError("BAD_INPUT", m.innInvalid, { fields: { inn: m.innChecksum } })
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode;
  /** The message's catalog key (or the plain text it was given). */
  readonly key: string;
  readonly params: MessageParams | undefined;
  /** Field path → message reference. */
  readonly fieldRefs: Readonly<Record<string, MessageRef>> | undefined;
  /** Field path → English message. */
  readonly fields: FieldErrors | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: DomainErrorCode, key: string, options: DomainErrorOptions = {}) {
    const refs = options.fields
      ? Object.fromEntries(Object.entries(options.fields).map(([path, message]) => [path, refOf(message)]))
      : undefined;
    const fields = refs && wordFields("en", refs);
    super(wordMessage("en", key, withSummary(options.params, fields)), { cause: options.cause });
    this.name = "DomainError";
    this.code = code;
    this.key = key;
    this.params = options.params;
    this.fieldRefs = refs;
    this.fields = fields;
    this.details = options.details;
  }
}

/** Field messages worded in one language. */
export function wordFields(locale: Locale, refs: Readonly<Record<string, MessageRef>>): FieldErrors {
  return Object.fromEntries(Object.entries(refs).map(([path, ref]) => [path, wordRef(locale, ref)]));
}

/**
 * A DomainError's message and field messages in the viewer's language; an error from an older copy
 * of this module without keys keeps its words.
 */
export function wordError(
  error: DomainError,
  locale: Locale,
): { message: string; fields: FieldErrors | null } {
  const refs = error.fieldRefs;
  const fields = refs ? wordFields(locale, refs) : (error.fields ?? null);
  const message =
    error.key === undefined
      ? error.message
      : wordMessage(locale, error.key, withSummary(error.params, fields ?? undefined));
  return { message, fields };
}

/**
 * The parameters with `summary` — each field and its message, `inn: …; name: …` in the same
 * language — unless given, so a message such as "Invalid input — {summary}" names the fields.
 */
function withSummary(
  params: MessageParams | undefined,
  fields: FieldErrors | undefined,
): MessageParams | undefined {
  if (!fields || params?.summary !== undefined) return params;
  const summary = Object.entries(fields)
    .map(([path, message]) => `${path}: ${message}`)
    .join("; ");
  return { ...params, summary };
}

/** True for a `DomainError`, also one thrown by another copy of this module. */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (error instanceof Error && error.name === "DomainError" && "code" in error)
  );
}

/**
 * The DomainError an error is or was caused by (its `cause` chain, a few links deep), e.g. one a
 * database guard threw that drizzle wrapped in its query error.
 */
export function domainErrorIn(error: unknown): DomainError | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (isDomainError(current)) return current;
    current = current.cause;
  }
  return undefined;
}

/** HTTP status for each code: used by the REST and hook edges. */
export function httpStatusOf(
  code: DomainErrorCode,
): 400 | 401 | 403 | 404 | 409 | 412 | 413 | 429 | 500 | 503 {
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
    case "UNAVAILABLE":
      return 503;
    case "INTERNAL":
      return 500;
  }
}
