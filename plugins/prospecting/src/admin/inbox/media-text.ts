import type { MessageMedia } from "../../domain/telegram-media.ts";
import { i18n } from "../i18n/index.ts";

/**
 * What a message carries besides text, in the reader's words: the kind («Фото», «Голосовое
 * сообщение»), with the file's name when it has one («Документ: прайс.pdf»).
 */
export function mediaText(media: Pick<MessageMedia, "kind" | "fileName">): string {
  const kind = i18n.t(`request.media.${media.kind}`);
  return media.fileName ? i18n.t("request.mediaNamed", { kind, name: media.fileName }) : kind;
}
