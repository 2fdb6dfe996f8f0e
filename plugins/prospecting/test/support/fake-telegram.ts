import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the fake Bot API received. */
export type TelegramCall = { token: string; method: string; body: Record<string, unknown> };

/**
 * A local stand-in for api.telegram.org on 127.0.0.1 (port chosen by the system unless given):
 * records `POST /bot<token>/<method>` calls and answers `{ ok: true }` (`getMe`: the bot
 * `@quartet_test_bot`), or `{ ok: false, error_code: 401 }` for the token "bad" and for the next
 * `failNext(n)` calls (Telegram being down). Nothing in the tests reaches the internet.
 */
export async function startFakeTelegram(port = 0) {
  const calls: TelegramCall[] = [];
  let failing = 0;
  const server = createServer(async (req, res) => {
    const match = /^\/bot([^/]+)\/(\w+)$/.exec(req.url ?? "");
    const body = JSON.parse((await readAll(req)) || "{}") as Record<string, unknown>;
    if (!match) {
      res.writeHead(404).end();
      return;
    }
    const [, token = "", method = ""] = match;
    calls.push({ token, method, body });
    const ok = token !== "bad" && !(failing > 0 && failing--);
    res.writeHead(ok ? 200 : 401, { "content-type": "application/json" });
    res.end(
      JSON.stringify(
        ok
          ? { ok: true, result: method === "getMe" ? { id: 1, is_bot: true, username: botUsername } : true }
          : { ok: false, error_code: 401, description: "Unauthorized" },
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    calls,
    /** Refuses the next `n` calls, as Telegram does when it is down or the token was revoked. */
    failNext(n: number) {
      failing = n;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The username the fake's `getMe` answers. */
export const botUsername = "quartet_test_bot";

async function readAll(req: IncomingMessage): Promise<string> {
  let text = "";
  for await (const chunk of req) text += chunk;
  return text;
}
