/** A lost reason as the editor holds it. */
export type ReasonDraft = { key: string; ru: string; en: string; requiresNote: boolean };

/** A lost reason as the settings hold it. */
export type LostReasonSetting = { key: string; label: { ru: string; en: string }; requiresNote: boolean };

/**
 * A key for a new reason from its English name: lower-case letters, digits and dashes (at most
 * 40), made unique against the keys in use ("Too slow" → "too-slow", then "too-slow-2").
 */
export function reasonKey(name: string, taken: readonly string[]): string {
  const base =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 36) || "reason";
  let key = base;
  for (let n = 2; taken.includes(key); n++) key = `${base}-${n}`;
  return key;
}

/** The settings' list from the drafts; a draft without a key gets one from its English (or Russian) name. */
export function reasonsSetting(drafts: readonly ReasonDraft[]): LostReasonSetting[] {
  const taken = drafts.map((d) => d.key).filter(Boolean);
  return drafts.map((d) => {
    const key = d.key || reasonKey(d.en || d.ru, taken);
    if (!d.key) taken.push(key);
    return { key, label: { ru: d.ru.trim(), en: d.en.trim() }, requiresNote: d.requiresNote };
  });
}
