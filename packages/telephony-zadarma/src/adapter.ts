import { type PbxAdapter, PbxError } from "@quartet/core";
import { type ZadarmaApiOptions, zadarmaGet } from "./api.ts";
import { parseZadarmaNotification } from "./notifications.ts";
import { type ZadarmaSettings, zadarmaSecretSettings, zadarmaSettings } from "./settings.ts";

/**
 * Zadarma behind the telephony port. Click-to-call is the callback request
 * (`GET /v1/request/callback/?from=<extension>&to=<number>`: Zadarma rings the extension, then the
 * number); recordings come as ids, turned into a temporary link by `/v1/pbx/record/request/`.
 *
 * @example const adapter = zadarmaAdapter({ baseUrl: "http://127.0.0.1:4010" })
 */
export function zadarmaAdapter(options: ZadarmaApiOptions = {}): PbxAdapter<ZadarmaSettings> {
  return {
    id: "zadarma",
    name: { ru: "Zadarma", en: "Zadarma" },
    settings: zadarmaSettings,
    secretSettings: zadarmaSecretSettings,
    async startCall(settings, call) {
      await zadarmaGet(options, settings, "/v1/request/callback/", {
        from: call.extension,
        to: call.to.replace(/\D/g, ""),
      });
    },
    parseNotification: parseZadarmaNotification,
    async recordingUrl(settings, recording) {
      const reply = await zadarmaGet(options, settings, "/v1/pbx/record/request/", {
        call_id: recording.recordingId,
        lifetime: "3600",
      });
      const links = Array.isArray(reply.links) ? reply.links : [];
      const link = typeof reply.link === "string" ? reply.link : links.find((l) => typeof l === "string");
      if (typeof link !== "string")
        throw new PbxError("refused", "Zadarma answered without a recording link");
      return link;
    },
  };
}
