import type { DocumentRegistry, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { PdfTools } from "./render/index.ts";
import { collectDocumentSources, type DocumentSources } from "./sources/collection.ts";
import { pdfRegistryOf } from "./sources/pdf-registry.ts";

/** What the documents services need from the host: the sources and layouts, what is enabled, plugins' contexts. */
export type DocumentsDeps = {
  sources: DocumentSources;
  registry: DocumentRegistry<PdfTools>;
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
};

/** The part of a running host the documents deps are made from. */
type HostParts = {
  registry: { plugins: readonly AnyPlugin[] };
  installations: { enabledIds(orgId: string): Promise<ReadonlySet<string>> };
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
};

const cache = new WeakMap<HostParts, DocumentsDeps>();

/**
 * The documents deps of a host, made once per host: core's and the loaded plugins' sources
 * (their manifests were validated at boot) and the PDF layouts, the plugins' own included.
 */
export function documentsDepsOf(host: HostParts): DocumentsDeps {
  let deps = cache.get(host);
  if (!deps) {
    const sources = collectDocumentSources(host.registry.plugins);
    deps = {
      sources,
      registry: pdfRegistryOf(sources),
      enabledIds: (orgId) => host.installations.enabledIds(orgId),
      settingsOf: (orgId, pluginId) => host.settingsOf(orgId, pluginId),
      serviceContext: (base) => host.serviceContext(base),
    };
    cache.set(host, deps);
  }
  return deps;
}
