/** What the client page's task form holds. */
export type TaskDraft = { title: string; dueDate: string; clientRequest: boolean };

/** Whether the form offers "client request": only when VIP, which times such requests, is enabled. */
export function offersClientRequest(enabledPlugins: readonly string[] | undefined): boolean {
  return enabledPlugins?.includes("vip") ?? false;
}

/**
 * The `core.tasks.create` input of a draft: an empty due day is none, and the `client-request`
 * mark only when the form offers it and it is ticked.
 *
 * @example taskInput("cli_1", { title: "Call back", dueDate: "", clientRequest: true }, true)
 *   // → { title: "Call back", clientId: "cli_1", dueDate: null, mark: "client-request" }
 */
export function taskInput(clientId: string, draft: TaskDraft, offered: boolean) {
  const base = { title: draft.title, clientId, dueDate: draft.dueDate || null };
  return offered && draft.clientRequest ? { ...base, mark: "client-request" as const } : base;
}
