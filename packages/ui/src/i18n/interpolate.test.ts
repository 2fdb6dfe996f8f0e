import { describe, expect, it } from "vitest";
import { interpolate } from "./interpolate.ts";

const format = (value: number) => `#${value}`;

describe("interpolate", () => {
  it("substitutes every placeholder, repeated ones included", () => {
    expect(interpolate("{name} met {other}, then {name} left", { name: "Anna", other: "Ivan" }, format)).toBe(
      "Anna met Ivan, then Anna left",
    );
  });

  it("formats numbers with the locale formatter", () => {
    expect(interpolate("{count} leads", { count: 1200 }, format)).toBe("#1200 leads");
  });

  it("leaves an unknown placeholder visible", () => {
    expect(interpolate("Hello, {name}", { other: "x" }, format)).toBe("Hello, {name}");
  });

  it("returns the template untouched without params", () => {
    expect(interpolate("Hello, {name}", undefined, format)).toBe("Hello, {name}");
  });

  it("does not treat an empty string param as missing", () => {
    expect(interpolate("[{name}]", { name: "" }, format)).toBe("[]");
  });
});
