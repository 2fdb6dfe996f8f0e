import { contactInput, recordMessages } from "@quartet/core";
import { z } from "zod";

/** A new contact of a client. */
export const createContactInput = contactInput.extend({
  clientId: z.string().min(1, recordMessages.chooseClient).max(100),
});

/** An edit of a contact: every field is replaced. */
export const updateContactInput = contactInput.extend({
  contactId: z.string().min(1, recordMessages.chooseContact).max(100),
});

/** A contact to delete. */
export const deleteContactInput = z.object({
  contactId: z.string().min(1, recordMessages.chooseContact).max(100),
});
