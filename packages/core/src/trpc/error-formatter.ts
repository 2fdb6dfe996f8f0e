import { type TRPC_ERROR_CODE_KEY, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import {
  DomainError,
  type DomainErrorCode,
  type FieldErrors,
  isDomainError,
  wordError,
  wordFields,
} from "../errors.ts";
import type { Locale } from "../i18n.ts";
import { errorMessages } from "../messages/catalogs/errors.ts";
import { inputMessages } from "../messages/catalogs/input.ts";
import type { MessageParams, MessageRef } from "../messages/define.ts";
import { wordMessage } from "../messages/word.ts";
import { zodIssueRef } from "../messages/zod-issue.ts";

/** The extra data every error shape carries to the client. */
export type ErrorData = {
  domainCode: DomainErrorCode | null;
  /** Field path → message in the viewer's language. */
  fields: FieldErrors | null;
  /** What a client needs to act on the error, e.g. duplicate candidates of a CONFLICT. */
  details: Record<string, unknown> | null;
  /** The message's catalog key and parameters, for a client that words messages itself. */
  messageKey: string | null;
  params: MessageParams | null;
  /** Field path → catalog key and parameters. */
  fieldKeys: Record<string, MessageRef> | null;
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
    case "UNAVAILABLE":
      return "SERVICE_UNAVAILABLE";
    case "INTERNAL":
      return "INTERNAL_SERVER_ERROR";
  }
}

/**
 * Field path → message reference of a zod error, the first issue per path; paths stay as zod
 * names them (`contacts.0.email`).
 */
export function zodFieldRefs(error: ZodError): Record<string, MessageRef> {
  const fields: Record<string, MessageRef> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "(root)";
    fields[path] ??= zodIssueRef(issue);
  }
  return fields;
}

/**
 * A zod failure as the DomainError every edge answers: BAD_INPUT, "Invalid input — <each field>",
 * each field's message a key.
 */
export function zodInputError(error: ZodError): DomainError {
  return new DomainError("BAD_INPUT", inputMessages.invalidInput, {
    fields: zodFieldRefs(error),
    cause: error,
  });
}

/** Field path → message of a zod error in one language (English unless told). */
export function zodFieldErrors(error: ZodError, locale: Locale = "en"): FieldErrors {
  return wordFields(locale, zodFieldRefs(error));
}

const bare = (key: string, domainCode: DomainErrorCode | null, locale: Locale) => ({
  message: wordMessage(locale, key),
  data: { domainCode, fields: null, details: null, messageKey: key, params: null, fieldKeys: null },
});

/**
 * The one formatter, in the viewer's language: a DomainError keeps its code, key, parameters and
 * fields; a zod error becomes BAD_REQUEST with a message naming each field; any other error is
 * reduced to "Internal error" so no unknown message reaches a client.
 */
export function formatError(error: TRPCError, locale: Locale = "en"): { message: string; data: ErrorData } {
  const cause = error.cause;
  if (isDomainError(cause) && cause.code !== "INTERNAL") {
    const worded = wordError(cause, locale);
    return {
      message: worded.message,
      data: {
        domainCode: cause.code,
        fields: worded.fields,
        details: cause.details ?? null,
        messageKey: cause.key ?? null,
        params: cause.params ?? null,
        fieldKeys: cause.fieldRefs ?? null,
      },
    };
  }
  if (cause instanceof ZodError) {
    return formatError(new TRPCError({ code: "BAD_REQUEST", cause: zodInputError(cause) }), locale);
  }
  if (error.code === "INTERNAL_SERVER_ERROR" || isDomainError(cause)) {
    return bare(errorMessages.internal, "INTERNAL", locale);
  }
  return { ...bare(error.message, null, locale), message: error.message };
}
