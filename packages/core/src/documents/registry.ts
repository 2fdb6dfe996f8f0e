/**
 * One kind of document: its type key and how to draw a model of it with the renderer's tools.
 * `Tools` is the renderer's drawing kit (the server's PDF toolkit), so core stays free of any
 * PDF library; a plugin defines its own types the same way the built-in invoice and proposal are.
 *
 * @example defineDocument<ActModel, PdfTools>({ type: "first-sale.act", render: (act, t) => t.title(act.number) })
 */
export type DocumentDefinition<Model, Tools> = {
  /** Unique across the host: core's are bare (`invoice`), a plugin's carry its id (`vip.contract`). */
  readonly type: string;
  readonly render: (model: Model, tools: Tools) => void;
};

/** Declares a document type; the identity function that gives the definition its type. */
export function defineDocument<Model, Tools>(
  definition: DocumentDefinition<Model, Tools>,
): DocumentDefinition<Model, Tools> {
  return definition;
}

/** The host's set of document types, filled by core and by plugins at boot. */
export type DocumentRegistry<Tools> = {
  register<Model>(definition: DocumentDefinition<Model, Tools>): void;
  get(type: string): DocumentDefinition<unknown, Tools> | undefined;
  types(): readonly string[];
};

/** An empty registry; registering a type twice throws, since two renderers for one type is a boot bug. */
export function createDocumentRegistry<Tools>(): DocumentRegistry<Tools> {
  const byType = new Map<string, DocumentDefinition<unknown, Tools>>();
  return {
    register(definition) {
      if (byType.has(definition.type))
        throw new Error(`Document type ${definition.type} is registered twice`);
      byType.set(definition.type, definition as DocumentDefinition<unknown, Tools>);
    },
    get: (type) => byType.get(type),
    types: () => [...byType.keys()],
  };
}
