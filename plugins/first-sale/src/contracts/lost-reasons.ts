import { z } from "zod";

/** One reason a deal can be lost; `requiresNote` asks the hunter to explain (e.g. "other"). */
export const lostReasonSchema = z.object({
  key: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Use up to 40 lower-case letters, digits or dashes"),
  label: z.object({
    ru: z.string().trim().min(1, "Name it in Russian").max(100),
    en: z.string().trim().min(1, "Name it in English").max(100),
  }),
  requiresNote: z.boolean().default(false),
});

/** A lost reason as settings hold it. */
export type LostReason = z.output<typeof lostReasonSchema>;

/** The reasons an organisation starts with; it may rename, remove or add its own. */
export const defaultLostReasons: LostReason[] = [
  { key: "price", label: { ru: "Цена: дорого", en: "Price too high" }, requiresNote: false },
  { key: "competitor", label: { ru: "Выбрали конкурента", en: "Chose a competitor" }, requiresNote: false },
  { key: "no-budget", label: { ru: "Нет бюджета", en: "No budget" }, requiresNote: false },
  { key: "no-decision", label: { ru: "Не приняли решение", en: "No decision made" }, requiresNote: false },
  { key: "timing", label: { ru: "Не сейчас: сроки", en: "Bad timing" }, requiresNote: false },
  { key: "not-a-fit", label: { ru: "Не подходит продукт", en: "Not a fit" }, requiresNote: false },
  { key: "no-response", label: { ru: "Пропал, не отвечает", en: "Stopped responding" }, requiresNote: false },
  { key: "other", label: { ru: "Другое", en: "Other" }, requiresNote: true },
];

/** The list setting: at least one reason, keys unique. */
export const lostReasonsSetting = z
  .array(lostReasonSchema)
  .min(1, "Keep at least one reason")
  .max(50, "At most 50 reasons")
  .refine((list) => new Set(list.map((r) => r.key)).size === list.length, "Reason keys must be unique")
  .default(defaultLostReasons);
