import type { MessageRef } from "./define.ts";

/**
 * A message reference as one text column: the bare key when it has no parameters, else JSON.
 * Rows written before keys existed hold plain text, which `readStoredMessage` gives back as is.
 *
 * @example storeMessage({ key: "core.clients.innChecksum" }) // "core.clients.innChecksum"
 */
export function storeMessage(ref: MessageRef): string {
  return ref.params && Object.keys(ref.params).length > 0 ? JSON.stringify(ref) : ref.key;
}

/** The reference stored by `storeMessage`; plain text of an older row becomes a key that words as itself. */
export function readStoredMessage(text: string): MessageRef {
  if (text.startsWith('{"key":')) {
    try {
      const ref = JSON.parse(text) as MessageRef;
      if (typeof ref.key === "string") return ref;
    } catch {
      // plain text that happens to look like JSON
    }
  }
  return { key: text };
}
