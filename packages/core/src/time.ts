const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") out[part.type] = Number(part.value);
  }
  return out;
}

/** The business date (`YYYY-MM-DD`) of an instant in a time zone. */
export function localDate(instant: number, timeZone: string): string {
  const p = parts(instant, timeZone);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms (Moscow: +3 h). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  const wall = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant the local day containing `instant` began in `timeZone` (handles DST changes). */
export function startOfLocalDay(instant: number, timeZone: string): number {
  const midnightAsUtc = Date.parse(`${localDate(instant, timeZone)}T00:00:00Z`);
  const first = midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone);
  const second = midnightAsUtc - zoneOffsetMs(first, timeZone);
  return second;
}
