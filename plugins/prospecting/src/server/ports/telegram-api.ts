/** What prospecting asks of the Telegram Bot API; tests give a fake server, never the internet. */
export type TelegramApi = {
  sendMessage(token: string, chatId: string, text: string): Promise<void>;
  setWebhook(token: string, url: string, secretToken: string): Promise<void>;
  /** The bot itself; its `username` makes deep links (`https://t.me/<username>?start=…`). */
  getMe(token: string): Promise<{ username: string }>;
};

/** Where the Bot API lives unless `QUARTET_TELEGRAM_API_URL` says otherwise (a local fake, a proxy). */
export const defaultTelegramApiUrl = "https://api.telegram.org";

/**
 * The Bot API over `fetch`: `POST <base>/bot<token>/<method>` with a JSON body. The base URL is
 * `options.baseUrl`, else `QUARTET_TELEGRAM_API_URL` read at call time, else api.telegram.org.
 * Errors name the method and Telegram's description, never the token.
 *
 * @example await fetchTelegramApi().sendMessage(token, "111222333", "Здравствуйте!")
 */
export function fetchTelegramApi(options: { baseUrl?: string; timeoutMs?: number } = {}): TelegramApi {
  const call = async (token: string, method: string, body: Record<string, unknown>) => {
    const base = (options.baseUrl ?? process.env.QUARTET_TELEGRAM_API_URL ?? defaultTelegramApiUrl).replace(
      /\/+$/,
      "",
    );
    const response = await fetch(`${base}/bot${token}/${method}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const reply = (await response.json().catch(() => null)) as {
      ok?: boolean;
      description?: string;
      result?: unknown;
    } | null;
    if (!response.ok || !reply?.ok) {
      throw new Error(
        `Telegram ${method} failed (${response.status}): ${reply?.description ?? "no description"}`,
      );
    }
    return reply.result;
  };
  return {
    sendMessage: async (token, chatId, text) => {
      await call(token, "sendMessage", { chat_id: chatId, text });
    },
    setWebhook: async (token, url, secretToken) => {
      await call(token, "setWebhook", {
        url,
        secret_token: secretToken,
        allowed_updates: ["message", "edited_message", "callback_query"],
      });
    },
    getMe: async (token) => {
      const me = (await call(token, "getMe", {})) as { username?: unknown } | undefined;
      if (typeof me?.username !== "string") throw new Error("Telegram getMe answered without a username");
      return { username: me.username };
    },
  };
}
