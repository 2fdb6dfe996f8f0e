import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";

/**
 * How a tRPC call was refused, as the edge tells the client: the code, the message and the
 * fields named; throws when the call succeeded or failed with something other than a tRPC error.
 *
 * @example expect(await callRefusal(api.save(bad))).toMatchObject({ code: "BAD_REQUEST", fields: { name: expect.any(String) } })
 */
export async function callRefusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  const { message, data } = formatError(error);
  return { code: error.code, message, fields: data.fields };
}
