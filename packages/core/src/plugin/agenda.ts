import { z } from "zod";
import type { ServiceContext } from "../context.ts";
import { ManifestError } from "./graph.ts";

/** What an agenda item is; the admin app words and draws each kind (a callback is "call back", with a phone icon). */
export const agendaKinds = ["task", "callback", "meeting"] as const;
export type AgendaKind = (typeof agendaKinds)[number];

/**
 * One dated item of the current member's work that a plugin keeps: a callback promised to a
 * client, a meeting. `title` is the record's own words (a campaign's name), never an id — the kind
 * says the rest in the viewer's language; `at` the instant (UTC ms) it is due; `href` where acting
 * on it starts in the admin app; `permission` one of the plugin's own that acting on it needs.
 *
 * @example { id: "lm_…", kind: "callback", title: "Весна", client: { id: "cli_…", name: "ООО Ромашка" }, at, href: "/calls?campaign=cmp_…", permission: "prospecting.calls.work" }
 */
export const agendaItem = z.object({
  id: z.string().min(1),
  kind: z.enum(agendaKinds),
  title: z.string().nullable(),
  client: z.object({ id: z.string().min(1), name: z.string() }).nullable(),
  at: z.number().int().nonnegative(),
  href: z.string().startsWith("/").nullable(),
  permission: z.string().min(1),
});
export type AgendaItem = z.infer<typeof agendaItem>;

/** The instants an agenda asks about: `from` inclusive, `to` exclusive (UTC ms). */
export type AgendaRange = { from: number; to: number };

/**
 * A plugin's agenda provider, declared as `agenda` in its manifest: the dated items of the member
 * acting (`ctx.actor`) that are still open and due in `range` — not the team's. Core's "My work"
 * asks every enabled plugin's provider together with core's own tasks; one that throws (or answers
 * items that do not pass `agendaItem`) is reported as unavailable while the others still answer.
 *
 * @example agenda: async (ctx, range) => myCallbacks(ctx, range)
 */
export type AgendaProvider<S = unknown> = (
  ctx: ServiceContext<S>,
  range: AgendaRange,
) => Promise<AgendaItem[]>;

/** Boot check of a manifest's `agenda` member: a function when present. */
export function validateAgenda(plugin: { id: string; agenda?: unknown }): void {
  if (plugin.agenda !== undefined && typeof plugin.agenda !== "function") {
    throw new ManifestError(`Plugin "${plugin.id}" declares agenda that is not a function`, [plugin.id]);
  }
}
