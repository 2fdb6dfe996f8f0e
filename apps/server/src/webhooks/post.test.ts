import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { wordRef } from "@quartet/core";
import { afterEach, describe, expect, it } from "vitest";
import { postWebhook } from "./post.ts";

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A loopback server answering every request with `handle`; resolves to its port. */
function serve(handle: Parameters<typeof createServer>[1]): Promise<number> {
  const server = createServer(handle);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
}

const testMode = { allowLoopback: true };
const body = '{"type":"core.order.recorded"}';

describe("postWebhook", () => {
  it("POSTs the JSON body with the given headers and reads a 2xx as delivered", async () => {
    let seen: { method?: string; type?: string; id?: string; body: string } = { body: "" };
    const port = await serve((req, res) => {
      let text = "";
      req.on("data", (chunk) => (text += chunk));
      req.on("end", () => {
        seen = {
          method: req.method,
          type: req.headers["content-type"],
          id: String(req.headers["webhook-id"]),
          body: text,
        };
        res.writeHead(202).end("accepted");
      });
    });
    const result = await postWebhook(`http://127.0.0.1:${port}/in`, { "webhook-id": "msg_1" }, body, {
      policy: testMode,
    });
    expect(result).toEqual({ ok: true, status: 202 });
    expect(seen).toEqual({ method: "POST", type: "application/json", id: "msg_1", body });
  });

  it("does not follow a redirect", async () => {
    let followed = false;
    const target = await serve((_, res) => {
      followed = true;
      res.writeHead(200).end();
    });
    const port = await serve((_, res) =>
      res.writeHead(302, { location: `http://127.0.0.1:${target}/` }).end(),
    );
    const result = await postWebhook(`http://127.0.0.1:${port}/`, {}, body, { policy: testMode });
    expect(result).toMatchObject({ ok: false, status: 302 });
    expect(followed).toBe(false);
  });

  it("gives up on a receiver that never answers", async () => {
    const port = await serve(() => undefined);
    const result = await postWebhook(`http://127.0.0.1:${port}/`, {}, body, {
      policy: testMode,
      timeoutMs: 200,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(wordRef("ru", result.error)).toBe("Нет ответа за 1 с");
  });

  it("refuses at connect time a name that resolves to this machine outside test mode", async () => {
    let reached = false;
    const port = await serve((_, res) => {
      reached = true;
      res.writeHead(200).end();
    });
    const result = await postWebhook(`http://localhost:${port}/`, {}, body, {
      policy: { allowLoopback: false },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(wordRef("en", result.error)).toBe("This address leads into a private network");
    expect(reached).toBe(false);
  });
});
