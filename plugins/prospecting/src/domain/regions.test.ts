import { describe, expect, it } from "vitest";
import { zoneOfClient, zoneOfRegion } from "./regions.ts";

describe("zoneOfRegion", () => {
  it.each([
    ["Москва", "Europe/Moscow"],
    ["Новосибирская область", "Asia/Novosibirsk"],
    ["Свердловская обл.", "Asia/Yekaterinburg"],
    ["г. Новосибирск", "Asia/Novosibirsk"],
    ["г.Екатеринбург", "Asia/Yekaterinburg"],
    ["Республика Башкортостан", "Asia/Yekaterinburg"],
    ["Республика Саха (Якутия)", "Asia/Yakutsk"],
    ["Приморский край", "Asia/Vladivostok"],
    ["Ханты-Мансийский автономный округ — Югра", "Asia/Yekaterinburg"],
    ["Калининградская область", "Europe/Kaliningrad"],
    ["Нижний Новгород", "Europe/Moscow"],
    ["Камчатский край", "Asia/Kamchatka"],
    ["Атлантида", null],
    ["", null],
    [null, null],
  ])("%s → %s", (region, zone) => {
    expect(zoneOfRegion(region)).toBe(zone);
  });

  it("falls back from region to city to the organisation's zone", () => {
    expect(zoneOfClient({ region: "Томская область", city: "Москва" }, "Europe/Moscow")).toBe("Asia/Tomsk");
    expect(zoneOfClient({ region: null, city: "Иркутск" }, "Europe/Moscow")).toBe("Asia/Irkutsk");
    expect(zoneOfClient({ region: "Неизвестно", city: null }, "Asia/Omsk")).toBe("Asia/Omsk");
  });
});
