import { Button, Card, FileField, showToast } from "@quartet/ui";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { imageUrl, sendImage } from "./image-upload.ts";

const kinds = ["logo", "signature", "stamp"] as const;

/** The organisation's logo, signature and stamp, each with a preview, upload and removal. */
export function ImagesCard(props: {
  images: Partial<Record<(typeof kinds)[number], number>>;
  readOnly: boolean;
  onChange: () => void;
}): JSX.Element {
  const i18n = useT();
  const { org } = useApi();
  const [errors, setErrors] = createSignal<Record<string, string>>({});
  const send = async (kind: string, file: File | null) => {
    const refusal = await sendImage(kind, file, { orgId: org.id(), locale: i18n.locale() });
    setErrors({ ...errors(), [kind]: refusal ?? "" });
    if (refusal) return;
    showToast({
      title: i18n.t(file ? "requisites.images.uploaded" : "requisites.images.removed"),
      tone: "success",
    });
    props.onChange();
  };
  return (
    <Card title={i18n.t("requisites.sections.images")} description={i18n.t("requisites.images.description")}>
      <div class="requisites-images">
        <For each={kinds}>
          {(kind) => (
            <div class="requisites-image" data-testid={`image-${kind}`}>
              <div class="requisites-image__preview">
                <Show when={props.images[kind]} fallback={<span>{i18n.t("requisites.images.none")}</span>}>
                  {(savedAt) => (
                    <img src={imageUrl(kind, savedAt())} alt={i18n.t(`requisites.images.${kind}`)} />
                  )}
                </Show>
              </div>
              <Show
                when={!props.readOnly}
                fallback={<span class="q-subtle">{i18n.t(`requisites.images.${kind}`)}</span>}
              >
                <FileField
                  label={i18n.t(`requisites.images.${kind}`)}
                  chooseLabel={i18n.t("requisites.images.choose")}
                  emptyLabel={i18n.t(
                    props.images[kind] ? "requisites.images.saved" : "requisites.images.none",
                  )}
                  accept="image/png,image/jpeg"
                  error={errors()[kind] || undefined}
                  onFile={(file) => void send(kind, file)}
                />
                <Show when={props.images[kind]}>
                  <Button variant="ghost" size="sm" onClick={() => void send(kind, null)}>
                    {i18n.t("requisites.images.remove")}
                  </Button>
                </Show>
              </Show>
            </div>
          )}
        </For>
      </div>
    </Card>
  );
}
