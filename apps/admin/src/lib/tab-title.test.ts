import { describe, expect, it } from "vitest";
import { tabTitle, unreadCountText } from "./tab-title.ts";

describe("unreadCountText", () => {
  it.each([
    [0, ""],
    [-2, ""],
    [Number.NaN, ""],
    [1, "1"],
    [42, "42"],
    [99, "99"],
    [100, "99+"],
    [12_345, "99+"],
  ])("%s unread → %j", (count, text) => {
    expect(unreadCountText(count)).toBe(text);
  });
});

describe("tabTitle", () => {
  it.each([
    ["Обзор", 0, "Обзор — Quartet"],
    ["Обзор", 3, "(3) Обзор — Quartet"],
    ["Clients", 150, "(99+) Clients — Quartet"],
    ["", 0, "Quartet"],
    ["", 2, "(2) Quartet"],
  ])("%j with %s unread → %j", (page, unread, title) => {
    expect(tabTitle(page, "Quartet", unread)).toBe(title);
  });
});
