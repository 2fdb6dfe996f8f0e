import { QueryCache, QueryClient } from "@tanstack/solid-query";
import { failureOf } from "./server-errors.ts";

/** Retries only what may pass on a second try: the server unreachable or failing, never a refusal. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  const code = failureOf(error).code;
  const transient = code === null || code === "INTERNAL_SERVER_ERROR";
  return transient && failureCount < 2;
}

/**
 * The app's query cache: data stays fresh for 10 s, is not refetched on every window focus,
 * and a call answered UNAUTHORIZED (the session ended) reports it through `onUnauthorized`.
 */
export function createAppQueryClient(options: { onUnauthorized?: () => void } = {}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error) => {
        if (failureOf(error).code === "UNAUTHORIZED") options.onUnauthorized?.();
      },
    }),
    defaultOptions: {
      queries: { staleTime: 10_000, refetchOnWindowFocus: false, retry: shouldRetry },
    },
  });
}
