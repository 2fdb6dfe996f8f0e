import { isSalesFunction, type LocalizedText, type SalesFunction } from "@quartet/ui/pure";
import { useQuery } from "@tanstack/solid-query";

/** A plugin as `/healthz` reports it. */
export type InstalledPlugin = { id: string; function: SalesFunction | null; name: LocalizedText };

/** The answer of the server's `GET /healthz`. */
export type Healthz = { status: "ok"; version: string; plugins: InstalledPlugin[] };

function isLocalizedText(value: unknown): value is LocalizedText {
  const text = value as LocalizedText | null;
  return (
    typeof text === "object" && text !== null && typeof text.en === "string" && typeof text.ru === "string"
  );
}

function isPlugin(value: unknown): value is InstalledPlugin {
  const plugin = value as InstalledPlugin | null;
  return (
    typeof plugin === "object" &&
    plugin !== null &&
    typeof plugin.id === "string" &&
    (plugin.function === null || isSalesFunction(plugin.function)) &&
    isLocalizedText(plugin.name)
  );
}

/** Reads `/healthz`; throws when the server is down or answers something else. */
export async function fetchHealthz(signal?: AbortSignal): Promise<Healthz> {
  const response = await fetch("/healthz", { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`/healthz answered ${response.status}`);
  const body = (await response.json()) as Partial<Healthz>;
  if (body.status !== "ok" || typeof body.version !== "string" || !Array.isArray(body.plugins)) {
    throw new Error("/healthz answered an unexpected body");
  }
  return { status: "ok", version: body.version, plugins: body.plugins.filter(isPlugin) };
}

/** The server's health, shared by the shell and the status page; re-checked every 30 seconds. */
export function useHealthz() {
  return useQuery(() => ({
    queryKey: ["healthz"],
    queryFn: ({ signal }) => fetchHealthz(signal),
    refetchInterval: 30_000,
    retry: 1,
  }));
}
