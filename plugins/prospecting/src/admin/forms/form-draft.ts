/** A field of a form as the editor holds it; `role` is "" for none. */
export type FieldDraft = {
  key: string;
  label: string;
  type: "text" | "email" | "phone" | "textarea";
  required: boolean;
  role: "" | "name" | "company" | "message";
};

/** What the form editor edits. */
export type FormDraft = {
  name: string;
  fields: FieldDraft[];
  consentRequired: boolean;
  consentText: string;
  thankYou: string;
  /** Allowed origins, one per line. */
  origins: string;
  active: boolean;
};

/** A stored form as `forms.list` gives it (the parts the editor reads). */
export type StoredForm = {
  name: string;
  fields: {
    key: string;
    label: string;
    type: FieldDraft["type"];
    required: boolean;
    role: FieldDraft["role"] | null;
  }[];
  consentRequired: boolean;
  consentText: string;
  thankYou: string;
  allowedOrigins: string[];
  active: boolean;
};

/** The standard field set of a new form, labelled in the admin's language. */
export function standardFields(labels: {
  name: string;
  phone: string;
  email: string;
  message: string;
}): FieldDraft[] {
  return [
    { key: "name", label: labels.name, type: "text", required: true, role: "name" },
    { key: "phone", label: labels.phone, type: "phone", required: false, role: "" },
    { key: "email", label: labels.email, type: "email", required: false, role: "" },
    { key: "message", label: labels.message, type: "textarea", required: false, role: "message" },
  ];
}

/** The editor's draft of a stored form. */
export function draftOfForm(form: StoredForm): FormDraft {
  return {
    name: form.name,
    fields: form.fields.map((f) => ({ ...f, role: f.role ?? "" })),
    consentRequired: form.consentRequired,
    consentText: form.consentText,
    thankYou: form.thankYou,
    origins: form.allowedOrigins.join("\n"),
    active: form.active,
  };
}

/** What `forms.create` / `forms.update` take, from the draft. */
export function formInputOf(draft: FormDraft) {
  return {
    name: draft.name,
    definition: {
      fields: draft.fields.map((f) => ({
        key: f.key.trim(),
        label: f.label,
        type: f.type,
        required: f.required,
        role: f.role === "" ? null : f.role,
      })),
      consentRequired: draft.consentRequired,
      consentText: draft.consentText,
    },
    thankYou: draft.thankYou,
    allowedOrigins: originsOf(draft.origins),
    active: draft.active,
  };
}

/** Allowed origins from free text: split on commas, spaces and new lines, blanks dropped. */
export function originsOf(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** A field key from a label: latin letters, digits and `_`, starting with a letter ("Ваш город" → "field_3"). */
export function keyOf(label: string, index: number): string {
  const latin = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+|_+$/g, "")
    .slice(0, 40);
  return latin || `field_${index + 1}`;
}

/** The server's field messages placed on the editor: the form's own fields, and per form field. */
export function formErrorsOf(fields: Record<string, string>): {
  form: Record<string, string>;
  byField: Record<number, Record<string, string>>;
} {
  const form: Record<string, string> = {};
  const byField: Record<number, Record<string, string>> = {};
  for (const [path, message] of Object.entries(fields)) {
    const field = /^definition\.fields\.(\d+)\.(\w+)$/.exec(path);
    if (field) {
      const index = Number(field[1]);
      byField[index] = { ...byField[index], [field[2] ?? ""]: message };
      continue;
    }
    const name = path.startsWith("allowedOrigins") ? "origins" : path.replace(/^definition\./, "");
    form[name] ??= message;
  }
  return { form, byField };
}
