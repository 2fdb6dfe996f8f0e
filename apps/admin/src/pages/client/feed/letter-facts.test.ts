import { describe, expect, it } from "vitest";
import { attachmentUrl, letterFacts } from "./letter-facts.ts";

describe("letterFacts", () => {
  it.each([
    [
      { letter: { id: "ltr_1", threadId: "ltr_0", direction: "inbound" } },
      { id: "ltr_1", threadId: "ltr_0", direction: "inbound" },
    ],
    [
      { letter: { id: "ltr_2", threadId: "ltr_0", direction: "outbound", mailboxId: "mbx_1" } },
      { id: "ltr_2", threadId: "ltr_0", direction: "outbound" },
    ],
    [{ letter: { id: "ltr_1", threadId: "ltr_0", direction: "sideways" } }, null],
    [{ letter: { id: 1 } }, null],
    [{ event: "document-sent" }, null],
    [null, null],
  ])("%j", (data, expected) => {
    expect(letterFacts(data)).toEqual(expected);
  });
});

describe("attachmentUrl", () => {
  it("names the attachment and the organisation", () => {
    expect(attachmentUrl("att_1", "org_1")).toBe("/api/v1/mail/attachments/att_1?org=org_1");
  });
});
