/** The server's answer to `core.signUp.policy`. */
export type SignUpPolicyView = {
  policy: "open" | "invitation" | "closed";
  verifyEmail: boolean;
  firstUser: boolean;
};

/** What the sign-up page offers: the form, or a word that sign-up is by invitation only or closed. */
export type SignUpOffer = "form" | "invitationOnly" | "closed";

/**
 * Decides what the sign-up page shows. The first account is always welcome; an invitation-only
 * server shows the form to someone who came from an invitation link (the server checks it).
 *
 * @example signUpOffer({ policy: "invitation", verifyEmail: false, firstUser: false }, false) // "invitationOnly"
 */
export function signUpOffer(view: SignUpPolicyView, withInvitation: boolean): SignUpOffer {
  if (view.firstUser || view.policy === "open") return "form";
  if (view.policy === "closed") return "closed";
  return withInvitation ? "form" : "invitationOnly";
}
