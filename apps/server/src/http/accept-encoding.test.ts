import { describe, expect, it } from "vitest";
import { chooseEncoding, type Encoding } from "./accept-encoding.ts";

const both: Encoding[] = ["br", "gzip"];

describe("chooseEncoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", both, "br"],
    ["gzip, deflate", both, "gzip"],
    ["br;q=0.1, gzip;q=1", both, "br"],
    ["br;q=0, gzip", both, "gzip"],
    ["identity", both, null],
    ["*", both, "br"],
    ["*;q=0", both, null],
    ["gzip;q=0, *", both, "br"],
    ["br", ["gzip"], null],
    ["br, gzip", ["gzip"], "gzip"],
    ["", both, null],
    [undefined, both, null],
  ] as const)("%j with %j gives %j", (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});
