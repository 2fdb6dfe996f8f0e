import { describe, expect, it } from "vitest";
import { readStoredMessage, storeMessage } from "./stored.ts";

describe("storeMessage / readStoredMessage", () => {
  it.each([
    [{ key: "core.clients.innChecksum" }, "core.clients.innChecksum"],
    [
      { key: "core.input.maxChars", params: { maximum: 100, count: 100 } },
      '{"key":"core.input.maxChars","params":{"maximum":100,"count":100}}',
    ],
    [
      {
        key: "core.imports.createdAnyway",
        params: {
          message: { key: "core.imports.repeatsEarlier", params: { kind: { key: "core.imports.kindInn" } } },
        },
      },
      expect.stringContaining('"kind":{"key":"core.imports.kindInn"}'),
    ],
  ])("%j round-trips", (ref, stored) => {
    expect(storeMessage(ref)).toEqual(stored);
    expect(readStoredMessage(storeMessage(ref))).toEqual(ref);
  });

  it.each(["INN checksum does not match", '{"key": broken', ""])(
    "reads an older plain text %j as itself",
    (text) => {
      expect(readStoredMessage(text)).toEqual({ key: text });
    },
  );
});
