import type { MailMessage } from "./mailer.ts";

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/**
 * A mail about an account, in Russian then English (the person's language is not known before
 * they sign in): paragraphs as text and HTML, the line equal to `link` made a link.
 *
 * @example bilingualMail({ to, subject: "Сброс пароля / Password reset", link, ru: ["Здравствуйте!", link], en: ["Hello,", link] })
 */
export function bilingualMail(input: {
  to: string;
  subject: string;
  link: string;
  ru: readonly string[];
  en: readonly string[];
}): MailMessage {
  const { link, ru, en } = input;
  const paragraph = (line: string) =>
    line === link
      ? `<p><a href="${escapeHtml(link)}">${escapeHtml(link)}</a></p>`
      : `<p>${escapeHtml(line)}</p>`;
  return {
    to: input.to,
    subject: input.subject,
    text: `${ru.join("\n\n")}\n\n---\n\n${en.join("\n\n")}\n`,
    html: `<div lang="ru">${ru.map(paragraph).join("")}</div><hr><div lang="en">${en.map(paragraph).join("")}</div>`,
  };
}
