/** What the "new form" dialog edits. */
export type FormDraft = { name: string; consentText: string; thankYou: string; origins: string };

/** The standard field set of a new form, labelled in the admin's language. */
export function standardFields(labels: { name: string; phone: string; email: string; message: string }) {
  return [
    { key: "name", label: labels.name, type: "text" as const, required: true, role: "name" as const },
    { key: "phone", label: labels.phone, type: "phone" as const, required: false, role: null },
    { key: "email", label: labels.email, type: "email" as const, required: false, role: null },
    {
      key: "message",
      label: labels.message,
      type: "textarea" as const,
      required: false,
      role: "message" as const,
    },
  ];
}

/** Allowed origins from free text: split on commas, spaces and new lines, blanks dropped. */
export function originsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter(Boolean);
}
