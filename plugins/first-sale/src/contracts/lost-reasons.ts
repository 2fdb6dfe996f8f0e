import { labelled } from "@quartet/core/plugin";
import { z } from "zod";
import { m } from "./messages.ts";

/** One reason a deal can be lost; `requiresNote` asks the hunter to explain (e.g. "other"). */
export const lostReasonSchema = z.object({
  /** The reason's code in reports; the form hides it and derives a new row's from its English name. */
  key: labelled(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, m.reasonKey),
    { title: { ru: "Код причины", en: "Reason code" }, kind: "key" },
  ),
  label: labelled(
    z.object({
      ru: z.string().trim().min(1, m.nameInRussian).max(100),
      en: z.string().trim().min(1, m.nameInEnglish).max(100),
    }),
    { title: { ru: "Название", en: "Name" }, kind: "localized" },
  ),
  requiresNote: labelled(z.boolean().default(false), {
    title: { ru: "Просить пояснение", en: "Ask for a note" },
    description: { ru: "Менеджер объясняет, что случилось", en: "The hunter explains what happened" },
  }),
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
export const lostReasonsSetting = labelled(
  z
    .array(lostReasonSchema)
    .min(1, m.oneReason)
    .max(50, m.atMost50Reasons)
    .refine((list) => new Set(list.map((r) => r.key)).size === list.length, m.reasonKeys)
    .default(defaultLostReasons),
  {
    title: { ru: "Причины проигрыша", en: "Lost reasons" },
    description: {
      ru: "Из этого списка менеджер выбирает, почему сделка проиграна; порядок — как в списке",
      en: "The hunter picks one when a deal is lost; shown in this order",
    },
    item: { ru: "Причина", en: "Reason" },
    section: { ru: "Сделки", en: "Deals" },
    invalid: { ru: "Причины должны различаться", en: "Reasons must differ" },
  },
);
