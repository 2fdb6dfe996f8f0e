import { type Account, anna, signUpWithOrganisation } from "./accounts.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/** A server and a browser signed in to an organisation of its own; `stop` ends both. */
export type SignedIn = { server: TestServer; browser: TestBrowser; stop: () => Promise<void> };

/**
 * What most browser tests start from: a fresh server and a browser where `account` (Anna) has
 * signed up and created a solo organisation `orgName` («Ромашка»).
 *
 * @example beforeAll(async () => ({ server, browser } = session = await startSignedIn()));
 */
export async function startSignedIn(orgName = "Ромашка", account: Account = anna): Promise<SignedIn> {
  const server = await startServer();
  const browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, account, orgName);
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}
