import type { QuartetClient } from "../../lib/trpc.ts";

/** What `core.tasks.agenda` answers: sections, the range's items by date, undated tasks, unavailable sources. */
export type AgendaData = Awaited<ReturnType<QuartetClient["core"]["tasks"]["agenda"]["query"]>>;

/** One line of "My work": a task or a plugin's dated item (a callback). */
export type AgendaEntry = AgendaData["items"][number];
