import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hstsValue } from "../../src/http/security-headers.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const owner = userActor("owner");

/** One HTTP/1.1 request over a real socket; `chunks` go out with `Transfer-Encoding: chunked` (no length given). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; chunks?: string[] },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: "127.0.0.1",
        port,
        method: options.method ?? "GET",
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    // The server may answer 413 and close while chunks are still going out.
    outgoing.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
    });
    for (const chunk of options.chunks ?? []) outgoing.write(chunk);
    outgoing.end();
  });
}

describe("limits and headers over a real socket", () => {
  let t: TestHost;
  let server: ServerType;
  let port: number;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost({ env: { QUARTET_MAX_BODY_KB: "4", QUARTET_TRUSTED_PROXIES: "127.0.0.1" } });
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: t.app().fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(started));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    await new Promise((resolve) => server.close(resolve));
    await t.close();
  });

  const notes = async () => (await t.caller(owner, orgId)).alpha.notes.list();
  const noteWrite = (chunks: string[]) =>
    send(port, {
      method: "POST",
      path: "/trpc/alpha.notes.create",
      headers: { "content-type": "application/json", "x-test-user": "u", "x-test-org": orgId },
      chunks,
    });

  it("refuses a chunked body once it passes the limit, and takes one under it", async () => {
    const over = await noteWrite(['{"json":{"text":"', ...Array(40).fill("x".repeat(1024)), '"}}']);
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await notes()).toEqual([]);
    const under = await noteWrite(['{"json":{"text":"', "x".repeat(1024), '"}}']);
    expect(under.status).toBe(200);
    expect(await notes()).toHaveLength(1);
  });

  it("sends HSTS when the trusted proxy on loopback says the client came over https", async () => {
    const proxied = await send(port, { path: "/healthz", headers: { "x-forwarded-proto": "https" } });
    expect(proxied.headers["strict-transport-security"]).toBe(hstsValue);
    const plain = await send(port, { path: "/healthz" });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    expect(plain.headers["x-content-type-options"]).toBe("nosniff");
  });
});
