import { defineMessages, registerMessages } from "@quartet/core";

/**
 * The words of a mailed document (`core.document-mail.*`), worded in the DOCUMENT's language
 * (a Russian invoice goes out with a Russian letter, whoever sends it).
 */
export const documentMailMessages = registerMessages(
  defineMessages("core.document-mail", {
    /** A type whose plugin is no longer installed is named plainly. */
    document: { en: "Document", ru: "Документ" },
    title: { en: "{document} No. {number} of {date}", ru: "{document} № {number} от {date}" },
    subject: { en: "{title} — {seller}", ru: "{title} — {seller}" },
    greeting: { en: "Hello,", ru: "Здравствуйте!" },
    attached: {
      en: "Please find attached {title} from {seller} (PDF).",
      ru: "Во вложении — {title} от {seller} (PDF).",
    },
    questions: {
      en: "If you have any questions, just reply to this email.",
      ru: "Если появятся вопросы, просто ответьте на это письмо.",
    },
    regards: { en: "Kind regards,", ru: "С уважением," },
  }),
);
