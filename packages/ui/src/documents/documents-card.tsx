import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { Card } from "../components/card.tsx";
import { EmptyState } from "../components/empty-state.tsx";
import { Loaded, loaded } from "../components/resource-state.tsx";
import { showToast } from "../components/toast.tsx";
import type { Locale } from "../i18n/types.ts";
import { DocumentPreview } from "./document-preview.tsx";
import { DocumentRow } from "./document-row.tsx";
import type { DocumentsApi, DocumentTypeItem, IssuedDocumentItem } from "./documents-api.ts";
import { documentsText } from "./documents-messages.ts";
import { failureText } from "./failure-text.ts";
import { IssueBar } from "./issue-bar.tsx";
import { SendDocumentDialog } from "./send-document-dialog.tsx";
import "./documents.css";

/** What the documents card shows and where it issues from. */
export type DocumentsCardProps = {
  /** Core's documents procedures (`trpc.core.documents`), as the page or plugin reaches them. */
  api: DocumentsApi;
  /** The kind of subject (`order`, `first-sale.deal`): the card offers the types issued from it. */
  subject: string;
  subjectId: string;
  /** Addresses the send dialog suggests: the client's and its contacts' emails. */
  recipients?: readonly string[];
  /** The language new documents are made in unless the member picks another (the organisation's); the viewer's when absent. */
  documentLocale?: Locale;
  /** The card's heading; «Документы» when absent. */
  title?: string;
  class?: string;
  /** Runs after a document is issued or sent, e.g. to refresh the page's timeline. */
  onChange?: () => void;
};

/**
 * The documents of one subject (an order, a deal, a proposal): a button per type the viewer may
 * issue, every issued version with preview, download and sending by email. Issuing shows a busy
 * button; a refusal shows the server's words under the buttons.
 *
 * @example <DocumentsCard api={trpc.core.documents} subject="order" subjectId={order.id} recipients={client.emails} />
 */
export function DocumentsCard(props: DocumentsCardProps): JSX.Element {
  const words = documentsText();
  const [types] = createResource(
    () => ({ subject: props.subject, locale: words.locale() }),
    (key) => props.api.types.query({ subject: key.subject }),
  );
  const [documents, { refetch }] = createResource(
    () => ({ subjectId: props.subjectId, locale: words.locale() }),
    (key) => props.api.list.query({ subjectId: key.subjectId }),
  );
  const [chosenLocale, setChosenLocale] = createSignal<Locale | null>(null);
  const locale = () => chosenLocale() ?? props.documentLocale ?? words.locale();
  const [busyType, setBusyType] = createSignal<string | null>(null);
  const [issueError, setIssueError] = createSignal<string | null>(null);
  const [previewing, setPreviewing] = createSignal<IssuedDocumentItem | null>(null);
  const [sending, setSending] = createSignal<IssuedDocumentItem | null>(null);
  const issuable = () => loaded(types) ?? [];
  const issuedTypes = () => new Set((loaded(documents) ?? []).map((document) => document.type));
  const changed = () => {
    void refetch();
    props.onChange?.();
  };
  const issue = async (type: DocumentTypeItem) => {
    setBusyType(type.type);
    setIssueError(null);
    try {
      const document = await props.api.issue.mutate({
        type: type.type,
        subjectId: props.subjectId,
        locale: locale(),
      });
      showToast({
        title: words.t("issued", { name: document.typeName, number: document.number }),
        tone: "success",
      });
      changed();
    } catch (error) {
      setIssueError(failureText(error));
    } finally {
      setBusyType(null);
    }
  };
  return (
    <Card
      class={`q-documents${props.class ? ` ${props.class}` : ""}`}
      title={props.title ?? words.t("title")}
    >
      <IssueBar
        types={issuable()}
        loading={types.loading}
        issuedTypes={issuedTypes()}
        busyType={busyType()}
        locale={locale()}
        onLocaleChange={setChosenLocale}
        onIssue={(type) => void issue(type)}
      />
      <Show when={issueError()}>
        <p class="q-error q-documents__error" role="alert">
          {issueError()}
        </p>
      </Show>
      <Loaded resource={documents} onRetry={() => void refetch()}>
        {(list) => (
          <Show
            when={list().length > 0}
            fallback={
              <EmptyState
                title={words.t("none")}
                description={
                  types.state === "ready" && issuable().length === 0
                    ? words.t("nothingToIssue")
                    : words.t("noneHint")
                }
              />
            }
          >
            <ul class="q-documents__list" aria-label={props.title ?? words.t("title")}>
              <For each={list()}>
                {(document) => (
                  <DocumentRow
                    document={document}
                    canSend={issuable().some((type) => type.type === document.type)}
                    onPreview={() => setPreviewing(document)}
                    onSend={() => setSending(document)}
                  />
                )}
              </For>
            </ul>
          </Show>
        )}
      </Loaded>
      <DocumentPreview document={previewing()} onClose={() => setPreviewing(null)} />
      <SendDocumentDialog
        api={props.api}
        document={sending()}
        recipients={props.recipients ?? []}
        onClose={() => setSending(null)}
        onSent={changed}
      />
    </Card>
  );
}
