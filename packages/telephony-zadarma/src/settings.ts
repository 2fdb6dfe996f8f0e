import { labelled } from "@quartet/core/plugin";
import { z } from "zod";

const keyFormat = /^[A-Za-z0-9]{8,64}$/;

/**
 * A Zadarma account's API keys (personal account → Settings → API) and the time zone its
 * notifications give call start times in. `secret` signs requests and verifies notifications.
 */
export const zadarmaSettings = z.object({
  key: labelled(z.string().trim().regex(keyFormat, "core.telephony.keyFormat"), {
    title: { ru: "Ключ API", en: "API key" },
    description: {
      ru: "Личный кабинет Zadarma → Настройки → API",
      en: "Zadarma personal account → Settings → API",
    },
  }),
  secret: labelled(z.string().trim().regex(keyFormat, "core.telephony.keyFormat"), {
    title: { ru: "Секретный ключ API", en: "API secret key" },
  }),
  timeZone: labelled(
    z
      .string()
      .trim()
      .refine((zone) => validZone(zone), "core.telephony.timeZoneFormat")
      .default("Europe/Moscow"),
    {
      title: { ru: "Часовой пояс АТС", en: "PBX time zone" },
      description: {
        ru: "В нём Zadarma сообщает время начала звонка",
        en: "Zadarma gives call start times in it",
      },
    },
  ),
});

/** Zadarma's parsed settings. */
export type ZadarmaSettings = z.output<typeof zadarmaSettings>;

/** Settings the host masks before they leave the server. */
export const zadarmaSecretSettings = ["secret"] as const;

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
