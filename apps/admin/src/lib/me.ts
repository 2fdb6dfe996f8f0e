import { useQuery } from "@tanstack/solid-query";
import { useApi } from "./api-context.tsx";
import { can } from "./permissions.ts";
import { useSession } from "./session-context.tsx";

/** `core.me` for the signed-in user in this tab's organisation: organisations, role, permissions, plugins. */
export function useMe() {
  const { trpc, org } = useApi();
  const session = useSession();
  return useQuery(() => ({
    queryKey: ["me", session.user()?.id ?? null, org.id()],
    queryFn: () => trpc.core.me.query(),
    enabled: session.status() === "signed-in",
    staleTime: 30_000,
    // While switching organisations the previous answer stays on screen, but never another user's.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === session.user()?.id ? previous : undefined,
  }));
}

/** What the user may do in the active organisation: `const access = useAccess(); access.can("core.plugins.manage")`. */
export function useAccess() {
  const me = useMe();
  return {
    /** False until the user's permissions have arrived: decide nothing on `can` before then. */
    ready: () => me.data !== undefined,
    can: (permission: string | undefined) => can(me.data?.permissions, permission),
    isOwner: () => me.data?.role === "owner",
    userId: () => me.data?.user.id ?? null,
  };
}
