import type { Logger } from "@quartet/core";
import { APIError } from "better-auth";

type Level = "debug" | "info" | "warn" | "error";

const secretKey = /token|password|secret|cookie|authorization|key|identifier|value/i;

/**
 * better-auth's `logger` option, writing into our logger at warn and above. Arguments are
 * reduced to what cannot carry a secret: an error's name and message (without the SQL
 * parameters drizzle appends), and objects with secret-looking keys blanked.
 */
export function authLogOptions(logger: Logger) {
  const child = logger.child({ component: "better-auth" });
  return {
    level: "warn" as const,
    disableColors: true,
    log(level: Level, message: string, ...args: unknown[]) {
      const details = args.map(describe);
      child[level](details.length ? { details } : {}, message);
    },
  };
}

/**
 * better-auth's `onAPIError.onError`: refusals (4xx) are answers, not incidents, and stay out
 * of the log; failures are logged through `logger` like any other unknown error. Without it,
 * better-auth prints every refusal to the console with its own logger.
 */
export function authErrorReporter(logger: Logger) {
  return (error: unknown) => {
    if (error instanceof APIError && error.status !== "INTERNAL_SERVER_ERROR") return;
    logger.error({ component: "better-auth", err: describe(error) }, "Authentication request failed");
  };
}

function describe(value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message.split("\nparams:")[0] };
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      secretKey.test(key) ? "[redacted]" : typeof item === "object" && item !== null ? "[object]" : item,
    ]),
  );
}
