/** The invitation mail, in Russian first and English after: the invitee's language is unknown. */
export function invitationMail(input: { orgName: string; inviter: string; link: string }) {
  return {
    subject: `Приглашение в «${input.orgName}» — Quartet / Invitation to ${input.orgName}`,
    text: [
      `${input.inviter} приглашает вас в организацию «${input.orgName}» в Quartet.`,
      `Принять приглашение: ${input.link}`,
      "Ссылка действует 7 дней и работает один раз.",
      "",
      `${input.inviter} invites you to join ${input.orgName} on Quartet.`,
      `Accept the invitation: ${input.link}`,
      "The link works once, for 7 days.",
    ].join("\n"),
  };
}
