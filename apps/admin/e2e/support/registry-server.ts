import { startFakeDadata } from "../../../server/test/registry/fake-dadata.ts";
import { type SignedIn, startSignedIn } from "./signed-in.ts";

/** What the company registry's browser tests run against; `stop` ends all of it. */
export type RegistryServer = SignedIn & { fake: Awaited<ReturnType<typeof startFakeDadata>> };

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
  const session = await startSignedIn().catch(async (error: unknown) => {
    delete process.env.QUARTET_REGISTRY_URL;
    await fake.close();
    throw error;
  });
  return {
    ...session,
    fake,
    async stop() {
      delete process.env.QUARTET_REGISTRY_URL;
      await session.stop();
      await fake.close();
    },
  };
}
