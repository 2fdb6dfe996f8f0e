import { listOf } from "../clients/client-draft.ts";

/** The roles a contact can have in buying (mirrors core's `contactRoles`), in the order forms list them. */
export const contactRoles = ["decision-maker", "influencer", "user", "accounting", "other"] as const;

/** One of `contactRoles`. */
export type ContactRole = (typeof contactRoles)[number];

/** A contact's form as typed: phones and emails comma-separated. */
export type ContactDraft = {
  name: string;
  position: string;
  role: ContactRole;
  phones: string;
  emails: string;
  isPrimary: boolean;
};

/** An empty contact form. */
export const emptyContactDraft: ContactDraft = {
  name: "",
  position: "",
  role: "other",
  phones: "",
  emails: "",
  isPrimary: false,
};

type StoredContact = {
  name: string;
  position: string | null;
  role: string;
  phones: readonly string[];
  emails: readonly string[];
  isPrimary: boolean;
};

/** The form of a stored contact, for editing it. */
export function contactDraftOf(contact: StoredContact): ContactDraft {
  return {
    name: contact.name,
    position: contact.position ?? "",
    role: contactRoles.find((role) => role === contact.role) ?? "other",
    phones: contact.phones.join(", "),
    emails: contact.emails.join(", "),
    isPrimary: contact.isPrimary,
  };
}

/**
 * The contact fields `core.clients.contacts.create`/`update` take; the server normalizes them.
 *
 * @example contactInputOf({ ...emptyContactDraft, name: "Ирина", phones: "+7 900 000-00-00; 8 800 100 00 00" }).phones
 */
export function contactInputOf(draft: ContactDraft) {
  return {
    name: draft.name,
    position: draft.position.trim() || null,
    role: draft.role,
    phones: listOf(draft.phones),
    emails: listOf(draft.emails),
    isPrimary: draft.isPrimary,
  };
}
