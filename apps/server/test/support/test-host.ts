import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Actor, type Clock, type Logger, silentLogger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { createCallerFactory } from "@quartet/core/trpc";
import type { Mailer } from "../../src/auth/mailer.ts";
import { loadConfig } from "../../src/config.ts";
import { createHost, type Host } from "../../src/host/create-host.ts";
import { createApp } from "../../src/http/app.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import type { Authenticator, Identity } from "../../src/trpc/authenticate.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { betaPlugin } from "../fixtures/beta/plugin.ts";

/** The two test plugins, as a server would install them. */
export const testPlugins = [alphaPlugin, betaPlugin] as const;
const testRouter = buildAppRouter(testPlugins);

/** A user with the given permissions (`*` for an owner). */
export function userActor(id: string, permissions: string[] = ["*"]): Actor {
  return {
    kind: "user",
    id,
    name: id,
    role: permissions.includes("*") ? "owner" : "member",
    permissions: new Set(permissions),
  };
}

/** A real host on a fresh temporary data directory, with fast retries for tests (silent, mail dropped unless given). */
export async function createTestHost(
  options: {
    plugins?: readonly AnyPlugin[];
    dataDir?: string;
    mailer?: Mailer;
    logger?: Logger;
    /** Environment variables the host's configuration is read from (`loadConfig`). */
    env?: NodeJS.ProcessEnv;
    /** The host's clock (e.g. `manualClock()`); the system clock by default. */
    clock?: Clock;
  } = {},
) {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "quartet-test-"));
  const config = {
    ...loadConfig(options.env ?? {}),
    dataDir,
    adminDir: join(dataDir, "no-admin"),
    sweepIntervalMs: 60_000,
  };
  const host: Host = await createHost({
    config,
    plugins: options.plugins ?? testPlugins,
    logger: options.logger ?? silentLogger,
    mailer: options.mailer,
    clock: options.clock,
    retryPolicy: { baseDelayMs: 1, maxDelayMs: 5, maxAttempts: 3 },
  });
  // Typed as the fixtures' router; at run time it holds whichever plugins this host installs.
  const router = (options.plugins ? buildAppRouter(options.plugins) : testRouter) as typeof testRouter;
  const createCaller = createCallerFactory(router);
  return {
    host,
    dataDir,
    /** A tRPC caller acting as `actor` in `orgId`. */
    async caller(actor: Actor | null, orgId: string | null) {
      return createCaller(await createRequestContext(host, actor ? { actor, orgId } : null));
    },
    /** A tRPC caller for a resolved identity. */
    async callerWith(identity: Identity | null) {
      return createCaller(await createRequestContext(host, identity));
    },
    /**
     * The Hono app; `x-test-user` / `x-test-org` stand for an owner's session, else the real
     * authenticator runs, or `authenticate` when given.
     */
    app(authenticate?: Authenticator) {
      return createApp(host, {
        router,
        authenticate: async (request) => {
          if (authenticate) return authenticate(request);
          const user = request.headers.get("x-test-user");
          return user
            ? { actor: userActor(user), orgId: request.headers.get("x-test-org") }
            : host.authenticate(request);
        },
      });
    },
    async close(removeData = true) {
      await host.close();
      if (removeData && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The test host's type. */
export type TestHost = Awaited<ReturnType<typeof createTestHost>>;
