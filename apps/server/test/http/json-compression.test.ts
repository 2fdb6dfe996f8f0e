import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documentsFixture } from "../documents/issuing.ts";
import { type NotifyHost, notifyHost } from "../notifications/notify-host.ts";
import { sseReader } from "../notifications/sse-reader.ts";
import { seedClient } from "../support/clients.ts";
import { sessionOf } from "../support/people.ts";

/** A tRPC query over GET, as the admin's batch link sends it. */
const query = (path: string, input: unknown) =>
  `/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;

describe("JSON answers of /trpc and /api/v1, compressed above 1 kB", () => {
  let f: Awaited<ReturnType<typeof documentsFixture>>;
  let pdfUrl: string;
  const get = (path: string, encoding?: string) =>
    f.t.app(sessionOf(f.t, f.owner.user)).request(path, {
      headers: encoding ? { "accept-encoding": encoding } : {},
    });

  beforeAll(async () => {
    f = await documentsFixture();
    for (let i = 0; i < 30; i++) await seedClient(f.t, f.orgId, f.owner.user.id, { name: `ООО Клиент ${i}` });
    const order = await f.order();
    ({ url: pdfUrl } = await f.owner.caller.core.documents.issue({ type: "invoice", subjectId: order.id }));
  });
  afterAll(() => f.close());

  const bigList = query("core.clients.list", { limit: 50 });

  it.each([
    ["br, gzip", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
  ])(
    "a list of clients over 1 kB goes compressed to a client accepting %j",
    async (accept, encoding, decode) => {
      const plain = await get(bigList);
      expect(plain.status).toBe(200);
      expect(plain.headers.get("content-encoding")).toBeNull();
      const text = await plain.text();
      expect(text.length).toBeGreaterThan(1024);

      const response = await get(bigList, accept);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("vary")).toContain("Accept-Encoding");
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      const body = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get("content-length"))).toBe(body.length);
      expect(body.length).toBeLessThan(text.length);
      expect(JSON.parse(decode(body).toString())).toEqual(JSON.parse(text));
    },
  );

  it("a small answer goes as it is, even to a client accepting brotli", async () => {
    const response = await get(query("core.clients.list", { limit: 1 }), "br, gzip");
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(new TextEncoder().encode(text).length).toBeLessThan(1024);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(JSON.parse(text).result.data.json.items).toHaveLength(1);
  });

  it("an error answer is JSON too, and stays readable", async () => {
    const response = await get(query("core.clients.get", { id: "cli_nothere" }), "br");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(((await response.json()) as { error?: unknown }).error).toBeDefined();
  });

  it("a PDF download passes untouched", async () => {
    const plain = Buffer.from(await (await get(pdfUrl)).arrayBuffer());
    const response = await get(pdfUrl, "br, gzip");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-encoding")).toBeNull();
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.length).toBe(plain.length);
  });
});

describe("the notification stream with compression on", () => {
  let h: NotifyHost;
  beforeAll(async () => {
    h = await notifyHost();
  });
  afterAll(() => h.close());

  it("is neither compressed nor held back: its first event arrives while the stream stays open", async () => {
    const member = await h.member("Пётр", "member", "prospecting");
    const response = await h.app(member).request(`/api/v1/notifications/stream?org=${h.orgId}`, {
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-encoding")).toBeNull();
    const events = sseReader(response);
    expect(await events.next()).toEqual({ event: "ready", data: '{"unread":0}' });
    await h.t.host.close();
    expect(await events.next()).toBeNull();
  });
});
