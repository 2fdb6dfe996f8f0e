import { startFakeDadata } from "../../../server/test/registry/fake-dadata.ts";
import { anna, signUpWithOrganisation } from "./accounts.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/** What the company registry's browser tests run against; `stop` ends all of it. */
export type RegistryServer = {
  fake: Awaited<ReturnType<typeof startFakeDadata>>;
  server: TestServer;
  browser: TestBrowser;
  stop: () => Promise<void>;
};

/**
 * A local fake of the company registry that accepts `token`, a server whose lookups go to it
 * (never out of the machine) and a browser signed in as Anna of «Ромашка» (no registry key set yet).
 *
 * @example beforeAll(async () => ({ fake, server, browser } = registry = await startRegistryServer(token)));
 */
export async function startRegistryServer(token: string): Promise<RegistryServer> {
  const fake = await startFakeDadata(token);
  // The server reads it at start.
  process.env.QUARTET_REGISTRY_URL = fake.url;
  const server = await startServer();
  const browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  return {
    fake,
    server,
    browser,
    async stop() {
      delete process.env.QUARTET_REGISTRY_URL;
      await browser.close();
      await server.stop();
      await fake.close();
    },
  };
}
