import type { SelectOption } from "@quartet/ui";

/** Russia's IANA time zones, west to east. */
export const russianZones = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Kirov",
  "Europe/Volgograd",
  "Europe/Astrakhan",
  "Europe/Saratov",
  "Europe/Ulyanovsk",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Barnaul",
  "Asia/Tomsk",
  "Asia/Novokuznetsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Chita",
  "Asia/Yakutsk",
  "Asia/Khandyga",
  "Asia/Vladivostok",
  "Asia/Ust-Nera",
  "Asia/Magadan",
  "Asia/Sakhalin",
  "Asia/Srednekolymsk",
  "Asia/Kamchatka",
  "Asia/Anadyr",
] as const;

/** Minutes east of UTC of a zone at an instant: Moscow → 180. */
export function offsetMinutes(zone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts ?? "");
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** «UTC+3», «UTC+5:30», «UTC−3», «UTC». */
export function offsetLabel(minutes: number): string {
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, "0")}` : ""}`;
}

/**
 * The time zone choices: Russia's zones first (west to east), then every other zone by offset
 * and name. A label reads «Москва · UTC+3 · Europe/Moscow», so a search finds a zone by city
 * name in the interface language, by offset or by its IANA id.
 */
export function timeZoneOptions(input: {
  zones: readonly string[];
  cityNames: Readonly<Record<string, string>>;
  at: number;
}): SelectOption[] {
  const russian = new Set<string>(russianZones);
  const label = (zone: string) => {
    const city = input.cityNames[zone] ?? zone.split("/").pop()?.replaceAll("_", " ") ?? zone;
    return `${city} · ${offsetLabel(offsetMinutes(zone, input.at))} · ${zone}`;
  };
  const others = input.zones
    .filter((zone) => !russian.has(zone))
    .map((zone) => ({ zone, offset: offsetMinutes(zone, input.at) }))
    .sort((a, b) => a.offset - b.offset || a.zone.localeCompare(b.zone))
    .map(({ zone }) => zone);
  const firsts = russianZones.filter((zone) => input.zones.includes(zone));
  return [...firsts, ...others].map((zone) => ({ value: zone, label: label(zone) }));
}

/** Every zone the browser knows, plus UTC. */
export function browserZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : [...zones, "UTC"];
}
