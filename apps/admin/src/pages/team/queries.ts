import { useQuery } from "@tanstack/solid-query";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";

/** `core.members.list`: the members with their roles. */
export function useMembers() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "members"),
    queryFn: () => trpc.core.members.list.query(),
    enabled: access.can("core.org.read"),
  }));
}

/** `core.invitations.list`: pending invitations, for those who manage members. */
export function useInvitations() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "invitations"),
    queryFn: () => trpc.core.invitations.list.query(),
    enabled: access.can("core.members.manage"),
  }));
}

/** `core.staffing.get`: assignments and teams as stored. */
export function useStaffing() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "staffing", "get"),
    queryFn: () => trpc.core.staffing.get.query(),
    enabled: access.can("core.staffing.read"),
  }));
}

/** `core.staffing.coverage`: who covers each leg, and the growth-stage advice. */
export function useCoverage() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "staffing", "coverage"),
    queryFn: () => trpc.core.staffing.coverage.query(),
    enabled: access.can("core.staffing.read"),
  }));
}

/** `core.apiKeys.list`: the organisation's keys, without secrets. */
export function useApiKeys() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "apiKeys"),
    queryFn: () => trpc.core.apiKeys.list.query(),
    enabled: access.can("core.api-keys.manage"),
  }));
}

/** `core.org.get`: the organisation's settings. */
export function useOrganisation() {
  const { trpc, org } = useApi();
  const access = useAccess();
  return useQuery(() => ({
    queryKey: orgKey(org.id(), "org"),
    queryFn: () => trpc.core.org.get.query(),
    enabled: access.can("core.org.read"),
  }));
}
