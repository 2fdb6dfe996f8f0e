import type { MessageKey } from "@quartet/ui";
import type { AppDictionary, AppI18n } from "../i18n/index.ts";
import { recordText } from "./record-messages.ts";
import type { ServerFailure } from "./server-errors.ts";

type Key = MessageKey<AppDictionary>;

/** The server's English messages that have a translation, word for word. */
const exact: Readonly<Record<string, Key>> = {
  "Name the organisation": "errors.fields.nameOrg",
  "At most 200 characters": "errors.fields.max200",
  "At most 80 characters": "errors.fields.max80",
  "Unknown currency": "errors.fields.currency",
  "Unknown time zone": "errors.fields.timeZone",
  "Enter a valid email": "errors.fields.email",
  "Choose a role": "errors.fields.chooseRole",
  "Already a member": "errors.fields.alreadyMember",
  "Not allowed": "errors.fields.notAllowed",
  "Unknown role": "errors.fields.unknownRole",
  "Name the role": "errors.fields.nameRole",
  "Taken by a built-in role": "errors.fields.builtInName",
  Taken: "errors.fields.taken",
  "Owner only": "errors.fields.ownerOnly",
  "Name the key": "errors.fields.nameKey",
  "Name the team": "errors.fields.nameTeam",
  "Cannot be negative": "errors.fields.negative",
  "Choose a member": "errors.fields.chooseMember",
  "Not a member": "errors.fields.notMember",
  "Unknown team": "errors.fields.unknownTeam",
  "Other function": "errors.fields.otherFunction",
  "Use transfer of ownership": "errors.fields.useTransfer",
  "Choose another member": "errors.fields.chooseAnother",
  "Choose a plugin": "errors.fields.choosePlugin",
  "INN must have 10 digits (organisation) or 12 digits (person)": "errors.fields.innFormat",
  "INN checksum does not match": "errors.fields.innChecksum",
  "A private person's INN has 12 digits": "errors.fields.innPerson",
  "KPP must have 9 characters: 4 digits, 2 digits or capital Latin letters, 3 digits":
    "errors.fields.kppFormat",
  "KPP is not valid": "errors.fields.kppChecksum",
  "Only organisations with a 10-digit INN have a KPP": "errors.fields.kppIndividual",
  "OGRN must have 13 digits (OGRNIP: 15 digits)": "errors.fields.ogrnFormat",
  "OGRN check digit does not match": "errors.fields.ogrnChecksum",
  "OGRN (13 digits) goes with a 10-digit INN, OGRNIP (15 digits) with a 12-digit one":
    "errors.fields.ogrnKind",
  "Name is required": "errors.fields.clientName",
  "Phone number is not valid": "errors.fields.phone",
  "Email address is not valid": "errors.fields.emailAddress",
  "Website is not a valid domain or address": "errors.fields.website",
  "This invitation does not exist or was revoked": "errors.messages.invitationMissing",
  "This invitation has already been used": "errors.messages.invitationUsed",
  "This invitation has expired; ask for a new one": "errors.messages.invitationExpired",
  "The owner's role changes only by transferring ownership": "errors.messages.ownerRole",
  "The owner cannot be removed; transfer ownership first": "errors.messages.ownerRemove",
  "This person is already a member": "errors.messages.alreadyMember",
  "Only the owner can transfer ownership": "errors.messages.onlyOwnerTransfers",
  "You are not a member of this organisation": "errors.messages.notYourOrg",
  "A role with this name exists": "errors.messages.roleNameTaken",
  "A built-in role has this name": "errors.messages.builtInRoleName",
  "This person does not cover this function": "errors.messages.notCovering",
  "Plugin not enabled": "errors.messages.pluginNotEnabled",
  "Sign in first": "errors.signInFirst",
  "Internal error": "errors.internal",
};

/**
 * The server's message in the current language when we know it, otherwise as the server wrote it.
 *
 * @example serverText(i18n, "Enter a valid email") // "Введите корректный адрес почты"
 */
export function serverText(i18n: AppI18n, message: string): string {
  const key = exact[message.replace(/\.$/, "")];
  if (key) return i18n.tDynamic(key);
  const inUse = /^The role is in use \((\d+)\); reassign first$/.exec(message);
  if (inUse) return i18n.t("errors.messages.roleInUse", { count: Number(inUse[1]) });
  const other = /^This invitation is for (\S+); sign in with that address$/.exec(message);
  if (other) return i18n.t("errors.messages.invitationForOther", { email: other[1] ?? "" });
  const line = /^Line (\d+): (.+)$/.exec(message);
  if (line)
    return i18n.t("refusals.fields.line", { line: line[1] ?? "", message: serverText(i18n, line[2] ?? "") });
  return recordText(i18n, message.replace(/\.$/, "")) ?? message;
}

/** True when `text` is the server's English words shown to a user of another language. */
const untranslated = (i18n: AppI18n, text: string, message: string) =>
  text === message && i18n.locale() !== "en";

/** Every field message of a failure, translated; one we cannot translate is a plain "check this value" outside English. */
export function fieldTexts(i18n: AppI18n, fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).map(([path, message]) => {
      const text = serverText(i18n, message);
      return [path, untranslated(i18n, text, message) ? i18n.t("refusals.generic.field") : text];
    }),
  );
}

const genericCodes = [
  "BAD_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "RATE_LIMITED",
  "PAYLOAD_TOO_LARGE",
  "PLUGIN_NOT_ENABLED",
] as const;

// The sentence for a domain code, for a refusal whose own words we cannot translate.
function genericText(i18n: AppI18n, domainCode: string | null): string | null {
  const code = genericCodes.find((known) => known === domainCode);
  return code ? i18n.t(`refusals.generic.${code}`) : null;
}

/** One sentence for a failed call: network, internal and permission failures in our words, others translated. */
export function failureText(i18n: AppI18n, failure: ServerFailure): string {
  if (failure.code === null) return i18n.t("errors.network");
  if (failure.code === "INTERNAL_SERVER_ERROR") return i18n.t("errors.internal");
  if (failure.code === "UNAUTHORIZED") return i18n.t("errors.signInFirst");
  const text = serverText(i18n, failure.message);
  if (failure.code === "FORBIDDEN" && text === failure.message && !failure.domainCode) {
    return i18n.t("errors.forbidden");
  }
  if (untranslated(i18n, text, failure.message)) {
    if (failure.code === "FORBIDDEN") return i18n.t("errors.forbidden");
    return genericText(i18n, failure.domainCode) ?? text;
  }
  return text;
}
