import { describe, expect, it } from "vitest";
import { initialsOf } from "./initials.ts";

describe("initialsOf", () => {
  it.each([
    ["Анна Петрова", "АП"],
    ["anna", "A"],
    ["Jean-Luc Picard Jr", "JL"],
    ["ivan.petrov@example.ru", "IP"],
    ["  ", "?"],
    ["", "?"],
  ])("%s → %s", (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});
