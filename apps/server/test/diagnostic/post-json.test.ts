import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { postJson } from "../../src/diagnostic/post-json.ts";

describe("posting the report to the consultant's URL", () => {
  it("gives up on an address that never answers, saying so", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      await expect(postJson(`http://127.0.0.1:${port}/`, { hello: 1 }, 50)).rejects.toMatchObject({
        code: "PRECONDITION_FAILED",
        message: "The consultant's address did not answer in time",
        details: { reason: "consultant-unreachable", timedOut: true },
      });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it("names an address nobody listens on", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(postJson(`http://127.0.0.1:${port}/`, {})).rejects.toMatchObject({
      message: "The consultant's address cannot be reached",
      details: { reason: "consultant-unreachable", timedOut: false },
    });
  });
});
