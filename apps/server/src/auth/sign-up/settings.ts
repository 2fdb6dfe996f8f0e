/** Who may create an account: anyone, only someone holding an invitation, or nobody but the first user. */
export type SignUpPolicy = "open" | "invitation" | "closed";

/** The sign-up policies, in the order the docs and the admin list them. */
export const signUpPolicies = ["open", "invitation", "closed"] as const satisfies readonly SignUpPolicy[];

/** The server's sign-up settings, read from the environment (see docs/operations.md, "Sign-up policy"). */
export type SignUpSettings = {
  /** `QUARTET_SIGNUP` (open); the instance administrator may change it from the admin app. */
  policy: SignUpPolicy;
  /** `QUARTET_VERIFY_EMAIL`: a new address is confirmed by a mailed link before it creates organisations. */
  verifyEmail: boolean;
  /** `QUARTET_MAX_ORGS_PER_USER`: how many organisations one person may own (each is a database). */
  maxOrganisationsPerUser: number;
};

const isPolicy = (value: string): value is SignUpPolicy =>
  (signUpPolicies as readonly string[]).includes(value);

function flagFrom(value: string | undefined, name: string): boolean {
  if (value === undefined || value === "") return false;
  if (["1", "true", "yes", "on"].includes(value.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

/**
 * Reads `QUARTET_SIGNUP` and `QUARTET_VERIFY_EMAIL`; verification needs a mail server
 * (`QUARTET_SMTP_URL`), since a link nobody receives would lock every new user out.
 *
 * @example signUpSettingsFrom({ QUARTET_SIGNUP: "invitation" }, 10) // { policy: "invitation", verifyEmail: false, maxOrganisationsPerUser: 10 }
 */
export function signUpSettingsFrom(env: NodeJS.ProcessEnv, maxOrganisationsPerUser: number): SignUpSettings {
  const policy = env.QUARTET_SIGNUP?.trim().toLowerCase() || "open";
  if (!isPolicy(policy))
    throw new Error(
      `QUARTET_SIGNUP must be one of ${signUpPolicies.join(", ")}, got "${env.QUARTET_SIGNUP}"`,
    );
  const verifyEmail = flagFrom(env.QUARTET_VERIFY_EMAIL, "QUARTET_VERIFY_EMAIL");
  if (verifyEmail && !env.QUARTET_SMTP_URL)
    throw new Error("QUARTET_VERIFY_EMAIL needs QUARTET_SMTP_URL: confirmation links must reach people");
  return { policy, verifyEmail, maxOrganisationsPerUser };
}
