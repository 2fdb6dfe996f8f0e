import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const owner = userActor("owner");
/** The test host's limit: `QUARTET_MAX_BODY_KB=4`. */
const limit = 4096;

/** A note's JSON body of exactly `bytes` bytes (`{ json: … }` for tRPC, the input itself for REST). */
function noteOf(bytes: number, wrap: "trpc" | "rest" = "trpc"): string {
  const [head, tail] = wrap === "trpc" ? ['{"json":{"text":"', '"}}'] : ['{"text":"', '"}'];
  return `${head}${"x".repeat(bytes - head.length - tail.length)}${tail}`;
}

/** The error an HTTP answer carries. */
async function errorOf(response: Response) {
  return ((await response.json()) as { error: Record<string, unknown> }).error;
}

/** A body without a Content-Length (as a chunked upload arrives), counting what was read of it. */
function streamOf(text: string, chunkBytes = 1024) {
  const bytes = new TextEncoder().encode(text);
  const read = { chunks: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const start = read.chunks * chunkBytes;
        if (start >= bytes.length) return controller.close();
        read.chunks += 1;
        controller.enqueue(bytes.slice(start, start + chunkBytes));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, read };
}

describe("request body limits of the JSON APIs", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost({ env: { QUARTET_MAX_BODY_KB: "4" } });
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", owner);
  });
  afterEach(() => t.close());

  const session = () => ({ "content-type": "application/json", "x-test-user": "u", "x-test-org": orgId });
  /** POSTs `body` to `path` as a signed-in owner, with `headers` besides. */
  const post = (path: string, body: RequestInit["body"], headers: Record<string, string> = {}) =>
    t.app().request(path, {
      method: "POST",
      headers: { ...session(), ...headers },
      body,
      duplex: "half",
    } as RequestInit);
  const createNote = (body: RequestInit["body"], headers: Record<string, string> = {}) =>
    post("/trpc/alpha.notes.create", body, headers);
  const notes = async () => (await t.caller(owner, orgId)).alpha.notes.list();

  it("refuses a body declared one byte over the limit with a worded 413, writing nothing", async () => {
    const body = noteOf(limit + 1);
    const response = await createNote(body, { "content-length": String(body.length) });
    expect(response.status).toBe(413);
    expect(await errorOf(response)).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "The request is larger than 4 KB",
      messageKey: "core.host.requestOverLimit",
      params: { kilobytes: 4 },
    });
    const russian = await createNote(body, {
      "content-length": String(body.length),
      "accept-language": "ru",
    });
    expect((await errorOf(russian)).message).toBe("Запрос больше допустимых 4 КБ");
    expect(await notes()).toEqual([]);
  });

  it("takes a body of exactly the limit, declared or streamed", async () => {
    const body = noteOf(limit);
    expect((await createNote(body, { "content-length": String(body.length) })).status).toBe(200);
    expect((await createNote(streamOf(body).stream)).status).toBe(200);
    expect(await notes()).toHaveLength(2);
  });

  it("refuses a streamed body without Content-Length once it passes the limit, writing nothing", async () => {
    const { stream, read } = streamOf(noteOf(limit * 50));
    const response = await createNote(stream);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("PAYLOAD_TOO_LARGE");
    expect(read.chunks).toBeLessThan(10);
    expect(await notes()).toEqual([]);
  });

  it("limits the REST bridge the same way, streamed or declared", async () => {
    const rest = (body: RequestInit["body"], headers: Record<string, string> = {}) =>
      post("/api/v1/alpha.notes.create", body, headers);
    expect((await rest(streamOf(noteOf(limit * 3, "rest")).stream)).status).toBe(413);
    const declared = noteOf(limit + 1, "rest");
    expect((await rest(declared, { "content-length": String(declared.length) })).status).toBe(413);
    expect(await notes()).toEqual([]);
    expect((await rest(streamOf(noteOf(limit, "rest")).stream)).status).toBe(200);
    expect(await notes()).toHaveLength(1);
  });

  it("authenticates a REST call before reading its body: an anonymous one is refused unread", async () => {
    const send = (headers: Record<string, string>) => {
      const body = noteOf(3000, "rest");
      const { stream, read } = streamOf(body);
      const request = t.app().request("/api/v1/alpha.notes.create", {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": String(body.length), ...headers },
        body: stream,
        duplex: "half",
      } as RequestInit);
      return { request, read };
    };
    const anonymous = send({});
    expect((await anonymous.request).status).toBe(401);
    expect(anonymous.read.chunks).toBe(0);
    const signedIn = send({ "x-test-user": "u", "x-test-org": orgId });
    expect((await signedIn.request).status).toBe(200);
    expect(signedIn.read.chunks).toBe(3);
  });

  it("refuses an oversized sign-up before better-auth reads it", async () => {
    const body = JSON.stringify({
      name: "A".repeat(limit),
      email: "a@example.com",
      password: "long enough 123",
    });
    const response = await t.app().request("/api/auth/sign-up/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000" },
      body: streamOf(body).stream,
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("keeps the import upload's own limit above the JSON one", async () => {
    const key = await t.host.people.createApiKey(owner, orgId, { name: "crm", role: "admin" });
    const csv = `Название\r\n${"ООО Ромашка\r\n".repeat(400)}`;
    const response = await t.app().request("/api/v1/imports/clients", {
      method: "POST",
      headers: { authorization: `Bearer ${key.key}` },
      body: csv,
    });
    expect(new TextEncoder().encode(csv).length).toBeGreaterThan(limit);
    expect(response.status).toBe(201);
  });
});
