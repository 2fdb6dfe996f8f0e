/** The compressed forms the server sends, best first. */
export type Encoding = "br" | "gzip";

/**
 * The best of `available` that an `Accept-Encoding` header accepts — brotli before gzip whatever
 * the weights, since both are lossless and brotli is smaller — or `null` for the file itself. A
 * coding with `q=0` is refused; `*` stands for any coding the header does not name.
 */
export function chooseEncoding(header: string | undefined, available: readonly Encoding[]): Encoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    if (name) weights.set(name.trim(), Number.isNaN(weight) ? 0 : weight);
  }
  const accepts = (encoding: Encoding) => (weights.get(encoding) ?? weights.get("*") ?? 0) > 0;
  return (
    (["br", "gzip"] as const).find((encoding) => available.includes(encoding) && accepts(encoding)) ?? null
  );
}
