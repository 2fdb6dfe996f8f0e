import { emailLink, formatPhone, websiteLink } from "@quartet/ui";
import { clientStage } from "../../../i18n/en/clients.ts";
import { roleNames } from "../../../i18n/en/domain.ts";
import { settings } from "../../../i18n/en/settings.ts";
import type { AppI18n } from "../../../i18n/index.ts";
import type { AuditValue } from "./audit-changes.ts";
import { functionWord } from "./function-word.ts";

const fieldNames: Record<string, string> = settings.audit.fields;
const valueWords: Record<string, Record<string, string>> = settings.audit.values;

/** A field's label («Этап», «Сумма»), or null when the dictionary has none (the list counts it as technical). */
export function fieldLabel(i18n: AppI18n, field: string): string | null {
  const name = field.split(".").at(-1) ?? field;
  return name in fieldNames ? i18n.tDynamic(`settings.audit.fields.${name}`) : null;
}

/** A word from a closed list in words: a client's stage, a function, a role, else the audit's own list, else as written. */
function word(i18n: AppI18n, field: string, value: string): string {
  if (field === "stage" && value in clientStage) return i18n.tDynamic(`clientStage.${value}`);
  if (/^(function|fromFunction|toFunction)$/.test(field)) return functionWord(i18n, value) ?? value;
  if (field === "role" && value in roleNames) return i18n.tDynamic(`roleNames.${value}`);
  if (field === "growthStage" && ["solo", "specialists", "departments"].includes(value))
    return i18n.tDynamic(`stages.${value}.title`);
  if (valueWords[field] && value in (valueWords[field] ?? {}))
    return i18n.tDynamic(`settings.audit.values.${field}.${value}`);
  return value;
}

/** Text as a person writes it: phones formatted, emails and websites with Unicode domains. */
function text(field: string, value: string): string {
  if (/^phones?$/.test(field)) return formatPhone(value);
  if (/^emails?$/.test(field)) return emailLink(value).text;
  if (field === "website") return websiteLink(value).text;
  return value;
}

/** A changed value in words: money, dates, people's names, yes/no, words of closed lists; another record or a nested setting as «изменено». */
export function valueText(
  i18n: AppI18n,
  field: string,
  value: AuditValue,
  memberName: (userId: string) => string | null,
): string {
  const name = field.split(".").at(-1) ?? field;
  switch (value.kind) {
    case "empty":
      return "—";
    case "money":
      return i18n.formatMoney(value);
    case "instant":
      return i18n.formatDateTime(value.at);
    case "date":
      return i18n.formatDate(value.date);
    case "person":
      return memberName(value.userId) ?? i18n.t("settings.audit.entities.member");
    case "yesNo":
      return i18n.t(value.yes ? "settings.audit.yes" : "settings.audit.no");
    case "word":
      return word(i18n, value.field, value.value);
    case "text":
      return text(name, value.text);
    case "number":
      return i18n.formatNumber(value.value);
    case "list":
      return value.items.map((item) => text(name, item)).join(", ");
    case "ref":
    case "complex":
      return i18n.t("settings.audit.changed");
  }
}
