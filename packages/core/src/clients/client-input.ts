import { z } from "zod";
import { clientMessages } from "../messages/catalogs/clients.ts";
import { cleanText } from "../text/text-fields.ts";
import {
  customFieldsField,
  emailsField,
  optionalText,
  phonesField,
  tagsField,
  taxIdField,
  websiteField,
} from "./input-fields.ts";
import type { TaxpayerKind } from "./tax-ids.ts";

/** A client is an organisation (incl. an individual entrepreneur, ИП) or a private person. */
export const clientKinds = ["company", "person"] as const;

/** One of `clientKinds`. */
export type ClientKind = (typeof clientKinds)[number];

/** A contact's part in buying: decision maker (ЛПР), influencer (ЛВР), user, accounting, other. */
export const contactRoles = ["decision-maker", "influencer", "user", "accounting", "other"] as const;

/** One of `contactRoles`. */
export type ContactRole = (typeof contactRoles)[number];

/**
 * A client as created or edited (edits replace every field). The output is normalized: INN, KPP,
 * OGRN without spaces; phones in E.164 and emails lower-cased, deduplicated; `website` the bare
 * domain; blanks `null`. Each own issue has a stable `params.code` (`inn.checksum`, see `inputIssueCodes`).
 */
export const clientInput = z
  .object({
    kind: z.enum(clientKinds).default("company"),
    name: cleanText(300).min(1, clientMessages.nameRequired),
    legalName: optionalText(500),
    inn: taxIdField("inn"),
    kpp: taxIdField("kpp"),
    ogrn: taxIdField("ogrn"),
    phones: phonesField,
    emails: emailsField,
    website: websiteField,
    address: optionalText(500),
    region: optionalText(200),
    city: optionalText(200),
    industry: optionalText(200),
    tags: tagsField,
    customFields: customFieldsField,
  })
  .superRefine((client, ctx) => {
    const issue = (path: string, code: string, message: string) =>
      ctx.addIssue({ code: "custom", path: [path], message, params: { code } });
    const taxpayer = taxpayerOf(client);
    if (client.kind === "person" && client.inn?.length === 10) {
      issue("inn", "inn.person-needs-12-digits", clientMessages.innPerson);
    }
    if (client.kpp && (client.kind === "person" || taxpayer === "individual")) {
      issue("kpp", "kpp.not-for-individual", clientMessages.kppIndividual);
    }
    const ogrnKind: TaxpayerKind | null = client.ogrn
      ? client.ogrn.length === 13
        ? "legal"
        : "individual"
      : null;
    if (ogrnKind && taxpayer && ogrnKind !== taxpayer) {
      issue("ogrn", "ogrn.kind-mismatch", clientMessages.ogrnKind);
    }
  });

/** A client's fields as given (raw strings, optional keys). */
export type ClientInputRaw = z.input<typeof clientInput>;

/** A client's fields after `clientInput`: normalized, every key present. */
export type ClientInput = z.output<typeof clientInput>;

/** A client's contact person; `isPrimary` marks the one to call first (the service keeps one per client). */
export const contactInput = z.object({
  name: cleanText(200).min(1, clientMessages.nameRequired),
  position: optionalText(200),
  role: z
    .enum(contactRoles)
    .nullish()
    .transform((v) => v ?? null),
  phones: phonesField,
  emails: emailsField,
  isPrimary: z.boolean().default(false),
});

/** A contact's fields as given. */
export type ContactInputRaw = z.input<typeof contactInput>;

/** A contact's fields after `contactInput`: normalized, every key present. */
export type ContactInput = z.output<typeof contactInput>;

// Whose tax ids these should be: by the INN's length, else a private person is an individual.
function taxpayerOf(client: { kind: ClientKind; inn: string | null }): TaxpayerKind | null {
  if (client.inn) return client.inn.length === 10 ? "legal" : "individual";
  return client.kind === "person" ? "individual" : null;
}
