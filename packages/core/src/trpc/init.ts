import { initTRPC, TRPCError } from "@trpc/server";
import superjson from "superjson";
import { domainErrorIn } from "../errors.ts";
import type { ProcedureMeta, RequestContext } from "./context.ts";
import { formatError, trpcCodeOf } from "./error-formatter.ts";

/** The one tRPC instance of Quartet: core and every plugin build on it. */
export const t = initTRPC
  .context<RequestContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter({ shape, error, ctx }) {
      const formatted = formatError(error, ctx?.locale);
      return {
        ...shape,
        message: formatted.message,
        data: { ...shape.data, ...formatted.data, stack: undefined },
      };
    },
  });

/**
 * Turns a thrown DomainError — or one wrapped by a library (drizzle's query error) — into the
 * matching tRPC error, once, for every procedure.
 */
export const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  const cause = result.ok ? undefined : domainErrorIn(result.error.cause);
  if (cause) {
    throw new TRPCError({ code: trpcCodeOf(cause.code), message: cause.message, cause });
  }
  return result;
});

/** Builds a router. */
export const router = t.router;
/** Merges routers. */
export const mergeRouters = t.mergeRouters;
/** Server-side callers, for tests and internal calls. */
export const createCallerFactory = t.createCallerFactory;
