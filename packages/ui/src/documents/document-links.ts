/**
 * Where the browser saves an issued PDF instead of showing it: its `url` with `download=1`.
 *
 * @example downloadUrl("/api/v1/documents/doc_1.pdf?org=org_1") // "/api/v1/documents/doc_1.pdf?org=org_1&download=1"
 */
export function downloadUrl(url: string): string {
  return `${url}${url.includes("?") ? "&" : "?"}download=1`;
}
