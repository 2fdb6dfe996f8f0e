import { router } from "@quartet/core/trpc";
import type { ProspectingPorts } from "./context.ts";
import { callScreenRouter, queueRouter, scriptsRouter } from "./routers/call-screen.ts";
import { campaignsRouter, dncRouter, listsRouter } from "./routers/calling.ts";
import { formsRouter, telegramRouter } from "./routers/channels.ts";
import { inboxRouter } from "./routers/inbox.ts";
import { statsRouter } from "./routers/stats.ts";

/** Prospecting's procedures, mounted by the host under `prospecting`. */
export function prospectingRouter(ports: ProspectingPorts) {
  return router({
    inbox: inboxRouter(ports),
    forms: formsRouter(ports),
    telegram: telegramRouter(ports),
    lists: listsRouter(ports),
    campaigns: campaignsRouter(ports),
    dnc: dncRouter(ports),
    scripts: scriptsRouter(ports),
    queue: queueRouter(ports),
    callScreen: callScreenRouter(ports),
    stats: statsRouter(ports),
  });
}
