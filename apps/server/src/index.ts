export { loadConfig, type ServerConfig } from "./config.ts";
export { createHost, type Host, type HostOptions } from "./host/create-host.ts";
export { createApp, serverVersion } from "./http/app.ts";
export { hookActor } from "./http/hooks.ts";
export { createLogger } from "./logger.ts";
export { installedPlugins } from "./plugins.ts";
export { buildAppRouter, routerKey } from "./trpc/app-router.ts";
export type { Authenticator, Identity } from "./trpc/authenticate.ts";
export { createRequestContext } from "./trpc/context.ts";
