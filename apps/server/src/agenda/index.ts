import type { Host } from "../host/create-host.ts";
import type { RecordsContext } from "../records/timeline/context.ts";
import { searchDepsOf } from "../search/deps.ts";
import { agendaOf } from "./agenda.ts";
import type { AgendaInput } from "./input.ts";

/** "My work"'s agenda bound to the host. */
export function agendaFor(host: Host) {
  const deps = searchDepsOf(host);
  return { query: (ctx: RecordsContext, input: AgendaInput) => agendaOf(deps, ctx, input) };
}

export type { Agenda } from "./agenda.ts";
export type { AgendaEntry } from "./entry.ts";
export { agendaInput } from "./input.ts";
