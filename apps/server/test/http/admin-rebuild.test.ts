import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("the admin app after a rebuild", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  /** What `vite build` does: empties the output folder, writes new hashed assets and the page naming them. */
  const build = (hash: string) => {
    const adminDir = t.host.config.adminDir;
    rmSync(adminDir, { recursive: true, force: true });
    mkdirSync(join(adminDir, "assets"), { recursive: true });
    writeFileSync(join(adminDir, "assets", `index-${hash}.js`), `console.log("${hash}")`);
    writeFileSync(
      join(adminDir, "index.html"),
      `<!doctype html><script type="module" src="/assets/index-${hash}.js"></script><div id=root></div>`,
    );
  };
  const page = async (path: string) => {
    const response = await t.app().request(path);
    return {
      status: response.status,
      caching: response.headers.get("cache-control"),
      html: await response.text(),
    };
  };

  it("serves the new page and assets at once, on / and on client-side routes, never the old map", async () => {
    rmSync(t.host.config.adminDir, { recursive: true, force: true });
    expect((await page("/")).status).toBe(503);

    build("AAAA1111");
    for (const path of ["/", "/clients/cli_1?tab=tasks"]) {
      const first = await page(path);
      expect(first, path).toMatchObject({ status: 200, caching: "no-cache" });
      expect(first.html, path).toContain("/assets/index-AAAA1111.js");
    }
    const asset = await t.app().request("/assets/index-AAAA1111.js");
    expect(asset.status).toBe(200);
    expect(asset.headers.get("cache-control")).toContain("immutable");

    build("BBBB2222");
    for (const path of ["/", "/clients/cli_1?tab=tasks", "/settings"]) {
      const after = await page(path);
      expect(after.status, path).toBe(200);
      expect(after.html, path).toContain("/assets/index-BBBB2222.js");
      expect(after.html, path).not.toContain("AAAA1111");
    }
    expect((await t.app().request("/assets/index-BBBB2222.js")).status).toBe(200);
    expect((await t.app().request("/assets/index-AAAA1111.js")).status).toBe(404);
  });

  it("still answers API paths itself, never with the page", async () => {
    build("CCCC3333");
    expect((await t.app().request("/api/v1/nothing-here")).status).toBe(404);
    expect((await t.app().request("/hooks/nothing/here")).status).toBe(404);
  });
});
