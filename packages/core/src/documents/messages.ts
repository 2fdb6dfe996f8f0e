import { defineMessages } from "../messages/define.ts";
import { registerMessages } from "../messages/registry.ts";

/** Refusals about documents (invoices, proposals, plugins' types), worded in the viewer's language; the type itself stays in `params.type` for API clients, since a Russian screen shows no slugs. */
export const documentMessages = registerMessages(
  defineMessages("core.documents", {
    unknownType: {
      en: "This kind of document cannot be made here",
      ru: "Такой документ здесь не оформить",
    },
  }),
);
