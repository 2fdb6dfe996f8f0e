import { describe, expect, it } from "vitest";
import { clientRecipients } from "./client-recipients.ts";

describe("clientRecipients", () => {
  it.each([
    [{ client: { emails: [] }, contacts: [] }, []],
    [{ client: { emails: ["info@polus.ru"] }, contacts: [] }, ["info@polus.ru"]],
    [
      { client: { emails: [] }, contacts: [{ emails: ["ivan@polus.ru"] }, { emails: ["buh@polus.ru"] }] },
      ["ivan@polus.ru", "buh@polus.ru"],
    ],
    [
      { client: { emails: ["info@polus.ru"] }, contacts: [{ emails: ["Info@Polus.ru", "buh@polus.ru"] }] },
      ["info@polus.ru", "buh@polus.ru"],
    ],
  ])("%j → %j", (page, expected) => {
    expect(clientRecipients(page)).toEqual(expected);
  });
});
