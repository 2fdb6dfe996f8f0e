import { signedNotification, startFakeZadarma } from "@quartet/server/testing";
import { expect } from "vitest";
import { anna, signUpWithOrganisation } from "./accounts.ts";
import { launchBrowser, type TestBrowser } from "./browser.ts";
import { startServer, type TestServer } from "./server.ts";

/** The Zadarma keys the fake provider accepts. */
export const zadarmaKeys = { key: "apikey0001", secret: "0123456789abcdef0123" };

/** A server talking to a fake Zadarma, a browser where Anna signed up to «Ромашка»; `stop` ends all three. */
export type PbxScene = {
  api: Awaited<ReturnType<typeof startFakeZadarma>>;
  server: TestServer;
  browser: TestBrowser;
  /** Posts a notification to `path` as Zadarma does (form body, `Signature` header) and expects 200. */
  notify: (
    path: string,
    event: Parameters<typeof signedNotification>[1],
    fields: Record<string, string>,
  ) => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * What the telephony browser tests start from: the fake provider on a port (nothing calls the
 * internet), the server pointed at it, and Anna signed in.
 *
 * @example beforeAll(async () => (scene = await startWithPbx()));
 */
export async function startWithPbx(): Promise<PbxScene> {
  const api = await startFakeZadarma(zadarmaKeys);
  const server = await startServer({ env: { QUARTET_ZADARMA_API_URL: api.url } });
  const browser = await launchBrowser();
  await signUpWithOrganisation(browser.page, server.url, anna, "Ромашка");
  return {
    api,
    server,
    browser,
    async notify(path, event, fields) {
      const signed = signedNotification(zadarmaKeys.secret, event, fields);
      const response = await fetch(`${server.url}${path}`, { method: "POST", ...signed });
      expect(response.status).toBe(200);
    },
    async stop() {
      await browser.close();
      await server.stop();
      await api.close();
    },
  };
}
