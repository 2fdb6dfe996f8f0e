import { describe, expect, it } from "vitest";
import { isApple, moveActive, opensSearch, shortcutText } from "./search-keys.ts";

const press = (
  key: string,
  mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("opensSearch", () => {
  it.each([
    ["Ctrl+K elsewhere", press("k", { ctrlKey: true }), false, true],
    ["Ctrl+K with a Russian layout", press("л", { ctrlKey: true }), false, true],
    ["⌘K on a Mac", press("k", { metaKey: true }), true, true],
    ["Ctrl+K on a Mac", press("k", { ctrlKey: true }), true, false],
    ["⌘K elsewhere", press("k", { metaKey: true }), false, false],
    ["Ctrl+Shift+K", press("K", { ctrlKey: true, shiftKey: true }), false, false],
    ["/ on the page", press("/"), false, true],
    ["Ctrl+/", press("/", { ctrlKey: true }), false, false],
    ["a plain k", press("k"), false, false],
  ] as const)("%s: %s", (_, event, apple, opens) => {
    expect(opensSearch(event, apple, false)).toBe(opens);
  });

  it("leaves / to a field being typed in, but not Ctrl+K", () => {
    expect(opensSearch(press("/"), false, true)).toBe(false);
    expect(opensSearch(press("k", { ctrlKey: true }), false, true)).toBe(true);
  });
});

describe("moveActive", () => {
  it.each([
    [-1, 3, 1, 0],
    [-1, 3, -1, 2],
    [0, 3, 1, 1],
    [2, 3, 1, 0],
    [0, 3, -1, 2],
    [0, 0, 1, -1],
  ] as const)("from %i of %i by %i → %i", (active, count, direction, next) => {
    expect(moveActive(active, count, direction)).toBe(next);
  });
});

describe("the shortcut's name", () => {
  it.each([
    ["MacIntel", true, "⌘K"],
    ["iPhone", true, "⌘K"],
    ["Win32", false, "Ctrl K"],
    ["Linux x86_64", false, "Ctrl K"],
  ])("%s", (platform, apple, text) => {
    expect(isApple(platform)).toBe(apple);
    expect(shortcutText(isApple(platform))).toBe(text);
  });
});
