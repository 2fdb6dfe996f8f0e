/**
 * Talk time as a clock reads it: `m:ss` under an hour, `h:mm:ss` from an hour — the same in every
 * language.
 *
 * @example talkTime(95) // "1:35"
 */
export function talkTime(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
