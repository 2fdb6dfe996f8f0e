/**
 * A `Content-Disposition` header for a file with a non-ASCII name (RFC 6266 / 5987): the name
 * percent-encoded as UTF-8 in `filename*`, and an ASCII stand-in in `filename` for old clients.
 *
 * @example contentDisposition("attachment", "Счёт № 12 от 07.12.2026.pdf") // attachment; filename="12 07.12.2026.pdf"; filename*=UTF-8''%D0%A1%D1%87…
 */
export function contentDisposition(kind: "inline" | "attachment", fileName: string): string {
  const ascii = fileName
    .replace(/[^\x20-\x7e]+/g, "")
    .replace(/["\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii || "document.pdf"}"; filename*=UTF-8''${encoded}`;
}
