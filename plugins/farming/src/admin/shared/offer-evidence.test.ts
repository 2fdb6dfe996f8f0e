import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import { offerEvidence, offerLift } from "./offer-evidence.ts";

const offer = (peers: number, peersWithBoth: number, group: string | null = "Строительство") => ({
  group,
  peers,
  peersWithBoth,
  lift: 1.5,
  categoryName: "Светильники",
  basedOnName: "Кабель",
});

afterEach(() => i18n.setLocale("ru"));

describe("offerEvidence", () => {
  it.each([
    [
      offer(25, 18),
      "18 из 25 клиентов отрасли «Строительство», покупающих «Кабель», покупают и «Светильники»",
    ],
    [
      offer(21, 14),
      "14 из 21 клиента отрасли «Строительство», покупающих «Кабель», покупают и «Светильники»",
    ],
    [offer(5, 4, null), "4 из 5 клиентов, покупающих «Кабель», покупают и «Светильники»"],
  ])("words the evidence in Russian: %#", (input, expected) => {
    i18n.setLocale("ru");
    expect(offerEvidence(input)).toBe(expected);
  });

  it("words it in English", () => {
    i18n.setLocale("en");
    expect(offerEvidence(offer(1, 1, null))).toBe("1 of 1 client who buy “Кабель” also buy “Светильники”");
    expect(offerLift({ lift: 2 })).toBe("2× more often than clients overall");
  });

  it("says the lift with a decimal comma in Russian", () => {
    i18n.setLocale("ru");
    expect(offerLift({ lift: 1.456 })).toBe("в 1,5 раза чаще, чем клиенты в целом");
    expect(offerLift({ lift: 5 })).toBe("в 5 раз чаще, чем клиенты в целом");
  });
});
