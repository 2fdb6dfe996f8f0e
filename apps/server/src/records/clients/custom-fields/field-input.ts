import { recordMessages } from "@quartet/core";
import { z } from "zod";

/** The types a custom field can have. */
export const fieldTypes = ["text", "number", "boolean", "date", "select"] as const;

const labelText = z.string().trim().max(100).optional();

/** A field's label in Russian and English; one is enough, it stands in for the other. */
export const fieldLabel = z
  .object({ en: labelText, ru: labelText })
  .refine((label) => Boolean(label.en || label.ru), { message: recordMessages.nameField, path: ["ru"] })
  .transform((label) => ({ en: label.en || label.ru || "", ru: label.ru || label.en || "" }));

/** The choices of a select field: trimmed, without repeats. */
export const fieldOptions = z
  .array(z.string().trim().min(1, recordMessages.optionEmpty).max(100))
  .max(100, recordMessages.atMost100Options)
  .transform((options) => [...new Set(options)]);

/** A new custom field: a stable key (`^[a-z][a-z0-9_]{0,39}$`), a label, a type, options for a select. */
export const defineFieldInput = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, "Key: a lower-case Latin letter, then up to 39 letters, digits or _"),
    label: fieldLabel,
    type: z.enum(fieldTypes),
    options: fieldOptions.default([]),
    required: z.boolean().default(false),
  })
  .superRefine((field, ctx) => {
    if (field.type === "select" && field.options.length === 0) {
      ctx.addIssue({ code: "custom", path: ["options"], message: recordMessages.selectNeedsOptions });
    }
  })
  .transform((field) => ({ ...field, options: field.type === "select" ? field.options : [] }));

/** Changes to a custom field; its key and type stay, so stored values keep their meaning. */
export const updateFieldInput = z.object({
  id: z.string().min(1, recordMessages.chooseField),
  label: fieldLabel.optional(),
  options: fieldOptions.optional(),
  required: z.boolean().optional(),
});

/** A field to delete. */
export const deleteFieldInput = z.object({ id: z.string().min(1, recordMessages.chooseField) });
