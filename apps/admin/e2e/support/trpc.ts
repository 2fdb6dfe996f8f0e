import type { Page } from "playwright-core";

/** Calls a tRPC mutation from inside the signed-in page and returns its data; throws on a refusal. */
export async function mutateFromPage<T>(page: Page, path: string, input: unknown): Promise<T> {
  return page.evaluate(
    async (call) => {
      const response = await fetch(`/trpc/${call.path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: call.input }),
      });
      const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
      if (response.status !== 200) throw new Error(`${call.path} answered ${response.status}`);
      return body.result?.data?.json as T;
    },
    { path, input },
  ) as Promise<T>;
}

/** Calls a tRPC query from inside the signed-in page and returns its data; throws on a refusal. */
export async function queryFromPage<T>(page: Page, path: string, input?: unknown): Promise<T> {
  return page.evaluate(
    async (call) => {
      const query =
        call.input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify({ json: call.input }))}`;
      const response = await fetch(`/trpc/${call.path}${query}`);
      const body = (await response.json()) as { result?: { data?: { json?: unknown } } };
      if (response.status !== 200) throw new Error(`${call.path} answered ${response.status}`);
      return body.result?.data?.json as T;
    },
    { path, input },
  ) as Promise<T>;
}
