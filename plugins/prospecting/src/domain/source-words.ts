import { type MessageRef, msg } from "@quartet/core";
import { formatPhone } from "@quartet/ui/pure";
import { m } from "../contracts/messages.ts";

/**
 * A request's source as a person reads it, as a message reference: a form by its name (never its
 * slug), a campaign by its name, Telegram with its start payload, a call to one of the
 * organisation's numbers (`phone:<E.164>`, e.g. one per advertising campaign), a request entered by hand; a
 * source an integrator named stays as written (a key no catalog has is shown as it is).
 * `formName` is the name of the form whose source it is.
 *
 * @example wordRef("ru", sourceWords("form:zayavka-s-sayta", "Заявка с сайта")) // "форма «Заявка с сайта»"
 */
export function sourceWords(source: string, formName: string | null): MessageRef {
  const colon = source.indexOf(":");
  const prefix = colon < 0 ? source : source.slice(0, colon);
  const rest = colon < 0 ? "" : source.slice(colon + 1).trim();
  if (prefix === "form") return formName ? msg(m.sourceForm, { name: formName }) : msg(m.sourceWebForm);
  if (prefix === "campaign" && rest) return msg(m.sourceCampaign, { name: rest });
  if (prefix === "telegram")
    return rest ? msg(m.sourceTelegramPayload, { payload: rest }) : msg(m.sourceTelegram);
  if (prefix === "phone" && rest) return msg(m.sourcePhone, { number: formatPhone(rest) });
  if (prefix === "email" && rest) return msg(m.sourceEmail, { mailbox: rest });
  if (source === "manual") return msg(m.sourceManual);
  return msg(source);
}
