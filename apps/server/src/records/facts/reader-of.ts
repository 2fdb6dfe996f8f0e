import type { ServiceContext, WriteScope } from "@quartet/core";
import type { Reader } from "../timeline/context.ts";

/** Where a port read runs: inside the caller's write transaction when one is given, else on the database. */
export function readerOf(ctx: Pick<ServiceContext, "org">, scope?: WriteScope): Reader {
  return scope ? scope.tx : ctx.org.db;
}
