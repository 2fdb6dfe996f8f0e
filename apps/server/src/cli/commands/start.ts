import { serve } from "@hono/node-server";
import type { ServerConfig } from "../../config.ts";
import { createHost } from "../../host/create-host.ts";
import { createApp } from "../../http/app.ts";
import { installedPlugins } from "../../plugins.ts";
import { appRouter } from "../../router-type.ts";

/** `quartet start`: serves the app, runs the event and job sweeps, shuts down gracefully. */
export async function start(config: ServerConfig): Promise<void> {
  const host = await createHost({ config, plugins: installedPlugins });
  const app = createApp(host, { router: appRouter });
  host.startBackground();
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    host.logger.info(
      { port: info.port, dataDir: config.dataDir },
      `Quartet is listening on http://localhost:${info.port}`,
    );
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    host.logger.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Open notification streams would keep the server from closing: end them first.
    void host.notifications.close().then(() =>
      server.close(async () => {
        await host.close();
        process.exit(0);
      }),
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
