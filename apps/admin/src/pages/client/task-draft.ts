/** Whether the task form offers "client request": only when VIP, which times such requests, is enabled. */
export function offersClientRequest(enabledPlugins: readonly string[] | undefined): boolean {
  return enabledPlugins?.includes("vip") ?? false;
}
