import { PbxError } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zadarmaAdapter } from "../src/index.ts";
import { startFakeZadarma } from "../src/testing/fake-api.ts";

const keys = { key: "apikey0001", secret: "0123456789abcdef0123" };
const settings = { ...keys, timeZone: "Europe/Moscow" };
let api: Awaited<ReturnType<typeof startFakeZadarma>>;

beforeAll(async () => {
  api = await startFakeZadarma(keys);
});
afterAll(() => api.close());

describe("zadarmaAdapter against a local fake of the API", () => {
  it("asks for a callback from the extension to the number, signed as Zadarma's client signs", async () => {
    await zadarmaAdapter({ baseUrl: api.url }).startCall(settings, { extension: "100", to: "+74951234567" });
    const request = api.requests.at(-1);
    expect(request).toMatchObject({
      method: "/v1/request/callback/",
      params: { from: "100", to: "74951234567", format: "json" },
      signed: true,
    });
    // The same value Python's hmac gives for these parameters (see src/signature.test.ts).
    expect(request?.authorization).toBe(
      "apikey0001:Y2Y4ZTY2OWFhNTNhODkwM2JhNjQyMzljOGY0YTExNGRhNjE1ZGFjOQ==",
    );
  });

  it("turns keys the API refuses into PbxError auth", async () => {
    const wrong = { ...settings, secret: "wrongsecret000000" };
    const call = zadarmaAdapter({ baseUrl: api.url }).startCall(wrong, {
      extension: "100",
      to: "+74951234567",
    });
    await expect(call).rejects.toMatchObject({ name: "PbxError", reason: "auth" });
  });

  it("reports an API that does not answer as unreachable", async () => {
    const call = zadarmaAdapter({ baseUrl: "http://127.0.0.1:9" }).startCall(settings, {
      extension: "100",
      to: "+74951234567",
    });
    await expect(call).rejects.toBeInstanceOf(PbxError);
    await expect(call).rejects.toMatchObject({ reason: "unreachable" });
  });

  it("asks for a recording's link by its id", async () => {
    const adapter = zadarmaAdapter({ baseUrl: api.url });
    const link = await adapter.recordingUrl?.(settings, { providerCallId: "in_1", recordingId: "rec_1" });
    expect(link).toBe(`${api.url}/records/rec_1.mp3`);
    expect(api.requests.at(-1)).toMatchObject({ method: "/v1/pbx/record/request/", signed: true });
  });
});
