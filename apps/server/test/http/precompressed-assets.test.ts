import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/** What the admin build writes: a hashed entry with its `.br` and `.gz`, a stylesheet with none, the page. */
const entry = `export const answer = ${JSON.stringify("сорок два ".repeat(200))};\n`;

describe("the built admin app's assets and page", () => {
  let t: TestHost;
  beforeAll(async () => {
    t = await createTestHost();
    const adminDir = t.host.config.adminDir;
    rmSync(adminDir, { recursive: true, force: true });
    mkdirSync(join(adminDir, "assets"), { recursive: true });
    const file = join(adminDir, "assets", "index-AAAA1111.js");
    writeFileSync(file, entry);
    writeFileSync(`${file}.br`, brotliCompressSync(entry));
    writeFileSync(`${file}.gz`, gzipSync(entry));
    writeFileSync(join(adminDir, "assets", "index-BBBB2222.css"), "body{margin:0}");
    writeFileSync(join(adminDir, "secret.txt"), "not an asset");
    writeFileSync(
      join(adminDir, "index.html"),
      '<!doctype html><script type="module" src="/assets/index-AAAA1111.js"></script><div id=root></div>',
    );
  });
  afterAll(() => t.close());

  const get = (path: string, headers: Record<string, string> = {}) => t.app().request(path, { headers });

  it.each([
    ["gzip, deflate, br, zstd", "br", brotliDecompressSync],
    ["gzip, deflate", "gzip", gunzipSync],
    ["br;q=0, gzip", "gzip", gunzipSync],
  ])(
    "with Accept-Encoding %j sends the %s form, typed and cached as the script",
    async (accept, encoding, decode) => {
      const response = await get("/assets/index-AAAA1111.js", { "accept-encoding": accept });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(encoding);
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript/);
      expect(response.headers.get("vary")).toBe("Accept-Encoding");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const body = Buffer.from(await response.arrayBuffer());
      expect(Number(response.headers.get("content-length"))).toBe(body.length);
      expect(body.length).toBeLessThan(entry.length);
      expect(decode(body).toString()).toBe(entry);
    },
  );

  it.each([
    ["no Accept-Encoding", {}],
    ["identity only", { "accept-encoding": "identity" }],
  ])("with %s sends the file itself, still immutable and varying by encoding", async (_name, headers) => {
    const response = await get("/assets/index-AAAA1111.js", headers);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(entry);
  });

  it("sends a file the build did not compress as it is, with its own type", async () => {
    const response = await get("/assets/index-BBBB2222.css", { "accept-encoding": "br, gzip" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await response.text()).toBe("body{margin:0}");
  });

  it.each(["/assets/index-CCCC3333.js", "/assets/index-AAAA1111.js.map", "/assets/"])(
    "answers 404 for %s, never the page",
    async (path) => {
      const response = await get(path, { "accept-encoding": "br" });
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("<!doctype html>");
    },
  );

  it("keeps the page revalidated and answers a revalidation of the same page with 304", async () => {
    const first = await get("/");
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toBe("no-cache");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await get("/", { "if-none-match": etag ?? "" });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await get("/clients/cli_1", { "if-none-match": `W/${etag}` })).status).toBe(304);

    writeFileSync(
      join(t.host.config.adminDir, "index.html"),
      '<!doctype html><script type="module" src="/assets/index-DDDD4444.js"></script><div id=root></div>',
    );
    const rebuilt = await get("/", { "if-none-match": etag ?? "" });
    expect(rebuilt.status).toBe(200);
    expect(rebuilt.headers.get("etag")).not.toBe(etag);
    expect(await rebuilt.text()).toContain("index-DDDD4444.js");
  });
});
