import { describe, expect, it } from "vitest";
import { newWebhookSecret, signWebhook, webhookHeaders } from "./signature.ts";

// The specification's reference implementation signs this example so (standard-webhooks, "sign function works").
const example = {
  secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
  id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
  timestamp: 1614265330,
  body: '{"test": 2432232314}',
  signature: "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
};

describe("signWebhook", () => {
  it.each([
    ["with the whsec_ prefix", example.secret],
    ["without it", example.secret.slice("whsec_".length)],
  ])("matches the specification's example %s", (_, secret) => {
    expect(signWebhook(secret, example.id, example.timestamp, example.body)).toBe(example.signature);
  });

  it.each([
    ["another id", { ...example, id: "msg_other" }],
    ["another timestamp", { ...example, timestamp: example.timestamp + 1 }],
    ["another body", { ...example, body: '{"test": 2432232315}' }],
  ])("changes with %s", (_, changed) => {
    expect(signWebhook(changed.secret, changed.id, changed.timestamp, changed.body)).not.toBe(
      example.signature,
    );
  });
});

describe("webhookHeaders", () => {
  it("signs with every secret, space-separated, new one first", () => {
    const other = newWebhookSecret();
    const headers = webhookHeaders([other, example.secret], {
      id: example.id,
      timestampSeconds: example.timestamp,
      body: example.body,
    });
    expect(headers["webhook-id"]).toBe(example.id);
    expect(headers["webhook-timestamp"]).toBe("1614265330");
    expect(headers["webhook-signature"].split(" ")).toEqual([
      signWebhook(other, example.id, example.timestamp, example.body),
      example.signature,
    ]);
  });
});

describe("newWebhookSecret", () => {
  it("is whsec_ and 32 random bytes in base64", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
