import type { TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { type DomainErrorCode, type FieldErrors, isDomainError } from "../errors.ts";

/** The extra data every error shape carries to the client. */
export type ErrorData = {
  domainCode: DomainErrorCode | null;
  fields: FieldErrors | null;
  /** What a client needs to act on the error, e.g. duplicate candidates of a CONFLICT. */
  details: Record<string, unknown> | null;
};

/** tRPC code for each domain code. */
export function trpcCodeOf(code: DomainErrorCode): TRPC_ERROR_CODE_KEY {
  switch (code) {
    case "BAD_INPUT":
      return "BAD_REQUEST";
    case "UNAUTHORIZED":
      return "UNAUTHORIZED";
    case "FORBIDDEN":
    case "PLUGIN_NOT_ENABLED":
      return "FORBIDDEN";
    case "NOT_FOUND":
      return "NOT_FOUND";
    case "CONFLICT":
      return "CONFLICT";
    case "PRECONDITION_FAILED":
      return "PRECONDITION_FAILED";
    case "PAYLOAD_TOO_LARGE":
      return "PAYLOAD_TOO_LARGE";
    case "RATE_LIMITED":
      return "TOO_MANY_REQUESTS";
    case "INTERNAL":
      return "INTERNAL_SERVER_ERROR";
  }
}

/** Field path → message from a zod error, e.g. `{ "contacts.0.email": "Invalid email address" }`. */
export function zodFieldErrors(error: ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(root)";
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * The one formatter: a DomainError keeps its code, message and fields; a zod error becomes
 * BAD_REQUEST with a message naming each field; any other error is reduced to
 * "Internal error" so no unknown message reaches a client.
 */
export function formatError(error: TRPCError): { message: string; data: ErrorData } {
  const cause = error.cause;
  if (isDomainError(cause) && cause.code !== "INTERNAL") {
    return {
      message: cause.message,
      data: { domainCode: cause.code, fields: cause.fields ?? null, details: cause.details ?? null },
    };
  }
  if (cause instanceof ZodError) {
    const fields = zodFieldErrors(cause);
    const summary = Object.entries(fields)
      .map(([path, message]) => `${path}: ${message}`)
      .join("; ");
    return {
      message: `Invalid input — ${summary}`,
      data: { domainCode: "BAD_INPUT", fields, details: null },
    };
  }
  if (error.code === "INTERNAL_SERVER_ERROR" || isDomainError(cause)) {
    return { message: "Internal error", data: { domainCode: "INTERNAL", fields: null, details: null } };
  }
  return { message: error.message, data: { domainCode: null, fields: null, details: null } };
}
