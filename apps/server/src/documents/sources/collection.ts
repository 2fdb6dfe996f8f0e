import type { DocumentSource } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { orderInvoiceSource } from "./order-invoice.ts";

/** A document source with its owner: `null` for core's own, else the plugin that declared it. */
export type HostedSource = { readonly source: DocumentSource; readonly pluginId: string | null };

/** The host's document sources by type and by subject. */
export type DocumentSources = {
  readonly all: readonly HostedSource[];
  get(type: string): HostedSource | undefined;
  /** The sources that make documents from a kind of subject (`order`, `first-sale.deal`). */
  forSubject(subject: string): HostedSource[];
};

/** Core's own sources: the invoice of a core order. */
export const coreDocumentSources: readonly DocumentSource[] = [orderInvoiceSource];

/**
 * Core's sources and every loaded plugin's `documents`, keyed by type. Boot validation already
 * refuses a plugin's type outside its namespace or twice in one manifest; a type met twice here
 * is a host bug and throws.
 */
export function collectDocumentSources(
  plugins: readonly AnyPlugin[],
  core: readonly DocumentSource[] = coreDocumentSources,
): DocumentSources {
  const all: HostedSource[] = [
    ...core.map((source) => ({ source, pluginId: null })),
    ...plugins.flatMap((plugin) =>
      (plugin.documents ?? []).map((source) => ({ source: source as DocumentSource, pluginId: plugin.id })),
    ),
  ];
  const byType = new Map<string, HostedSource>();
  for (const hosted of all) {
    if (byType.has(hosted.source.type))
      throw new Error(`Document type ${hosted.source.type} is declared twice`);
    byType.set(hosted.source.type, hosted);
  }
  return {
    all,
    get: (type) => byType.get(type),
    forSubject: (subject) => all.filter((hosted) => hosted.source.subject === subject),
  };
}

/** Whether a source works in an organisation: core's always, a plugin's while it is enabled there. */
export function sourceEnabled(hosted: HostedSource, enabled: ReadonlySet<string>): boolean {
  return hosted.pluginId === null || enabled.has(hosted.pluginId);
}
