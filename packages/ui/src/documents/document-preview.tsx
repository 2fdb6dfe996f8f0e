import { type JSX, Show } from "solid-js";
import { Dialog } from "../components/dialog.tsx";
import { downloadUrl } from "./document-links.ts";
import type { IssuedDocumentItem } from "./documents-api.ts";
import { documentsText } from "./documents-messages.ts";

/**
 * An issued PDF shown in a dialog (the browser's own viewer in a frame), with a link to open it in
 * a tab of its own and one to download it: a phone's browser often shows no PDF inside a page.
 */
export function DocumentPreview(props: {
  document: IssuedDocumentItem | null;
  onClose: () => void;
}): JSX.Element {
  const words = documentsText();
  return (
    <Show when={props.document}>
      {(document) => {
        const named = () => ({
          name: document().typeName,
          number: document().number,
          date: words.formatDate(document().date),
        });
        return (
          <Dialog
            open
            onOpenChange={(open) => !open && props.onClose()}
            title={words.t("previewTitle", named())}
            description={words.t("version", { version: document().version })}
            size="lg"
            footer={
              <>
                <a
                  class="q-button q-documents__link"
                  data-variant="secondary"
                  href={document().url}
                  target="_blank"
                  rel="noopener"
                >
                  {words.t("openTab")}
                </a>
                <a
                  class="q-button q-documents__link"
                  data-variant="primary"
                  href={downloadUrl(document().url)}
                  download={document().fileName}
                >
                  {words.t("download")}
                </a>
              </>
            }
          >
            <div class="q-document-preview">
              <iframe
                class="q-document-preview__frame"
                src={document().url}
                title={words.t("previewFrame", named())}
              />
              <p class="q-document-preview__hint">{words.t("previewFallback")}</p>
            </div>
          </Dialog>
        );
      }}
    </Show>
  );
}
