import { describe, expect, it } from "vitest";
import {
  fallbackMessageId,
  maxReferences,
  normaliseMessageId,
  replySubject,
  replyThreading,
  threadCandidates,
} from "./threading.ts";

describe("normaliseMessageId", () => {
  it.each([
    ["<a@b>", "<a@b>"],
    [" a@b ", "<a@b>"],
    ["<<a@b>>", "<a@b>"],
    ["", null],
    [null, null],
    ["<>", null],
  ])("%s → %s", (raw, expected) => {
    expect(normaliseMessageId(raw)).toBe(expected);
  });
});

describe("threadCandidates", () => {
  it.each([
    [{ messageId: "<c>", inReplyTo: "<b>", references: ["<a>", "<b>"] }, ["<b>", "<a>"]],
    [{ messageId: "<c>", inReplyTo: null, references: ["<a>", "<b>"] }, ["<b>", "<a>"]],
    [{ messageId: "<c>", inReplyTo: "x@y", references: [] }, ["<x@y>"]],
    [{ messageId: "<c>", inReplyTo: null, references: [] }, []],
    [{ messageId: "<c>", inReplyTo: "<c>", references: ["<c>"] }, []],
  ])("%j", (headers, expected) => {
    expect(threadCandidates(headers)).toEqual(expected);
  });
});

describe("replyThreading", () => {
  it("answers the parent and carries its references", () => {
    expect(replyThreading({ messageId: "<b>", references: ["<a>"] })).toEqual({
      inReplyTo: "<b>",
      references: ["<a>", "<b>"],
    });
  });
  it("keeps the root and the newest ids of a long thread", () => {
    const references = Array.from({ length: 30 }, (_, i) => `<m${i}>`);
    const { references: out } = replyThreading({ messageId: "<last>", references });
    expect(out).toHaveLength(maxReferences);
    expect(out[0]).toBe("<m0>");
    expect(out.at(-1)).toBe("<last>");
  });
});

describe("replySubject", () => {
  it.each([
    ["Счёт на оплату", "Re: Счёт на оплату"],
    ["Re: Счёт", "Re: Счёт"],
    ["RE[2]: Счёт", "RE[2]: Счёт"],
    ["Ответ: Счёт", "Ответ: Счёт"],
    ["Отв: Счёт", "Отв: Счёт"],
    ["Regarding prices", "Re: Regarding prices"],
    ["", "Re: "],
  ])("%s → %s", (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});

describe("fallbackMessageId", () => {
  it("is the same for the same place, and differs by UID", () => {
    expect(fallbackMessageId("mbx_1", "INBOX", "7", 3)).toBe(fallbackMessageId("mbx_1", "INBOX", "7", 3));
    expect(fallbackMessageId("mbx_1", "INBOX", "7", 3)).not.toBe(fallbackMessageId("mbx_1", "INBOX", "7", 4));
  });
});
