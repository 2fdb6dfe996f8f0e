import { QueryClient } from "@tanstack/solid-query";

/** The app's query cache: data stays fresh for 10 s and is not refetched on every window focus. */
export function createAppQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 10_000, refetchOnWindowFocus: false },
    },
  });
}
