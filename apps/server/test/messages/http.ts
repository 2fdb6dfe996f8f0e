import type { TestHost } from "../support/test-host.ts";

/** A refusal as tRPC sends it over HTTP (superjson wraps the body in `json`). */
export type TrpcRefusal = {
  status: number;
  message: string;
  data: {
    domainCode: string;
    fields: Record<string, string> | null;
    messageKey: string | null;
    fieldKeys: unknown;
  };
};

/** Calls a procedure over HTTP as the test owner of `orgId`, with the extra headers (a language). */
export function trpcAs(t: TestHost, orgId: string) {
  const app = t.app();
  const base = { "x-test-user": "owner", "x-test-org": orgId };
  return {
    async mutate(path: string, input: unknown, headers: Record<string, string> = {}) {
      const response = await app.request(`/trpc/${path}`, {
        method: "POST",
        headers: { ...base, ...headers, "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return read(response);
    },
    async query(path: string, input: unknown, headers: Record<string, string> = {}) {
      const query = encodeURIComponent(JSON.stringify({ json: input }));
      return read(await app.request(`/trpc/${path}?input=${query}`, { headers: { ...base, ...headers } }));
    },
  };
}

async function read(response: Response) {
  const body = (await response.json()) as {
    result?: { data: { json: unknown } };
    error?: { json: Omit<TrpcRefusal, "status"> };
  };
  if (body.error) return { ok: false as const, refusal: { status: response.status, ...body.error.json } };
  return { ok: true as const, data: body.result?.data.json };
}
