/** The images on an organisation's papers: a logo, the director's signature, the stamp. */
export const imageKinds = ["logo", "signature", "stamp"] as const;

/** One of `imageKinds`. */
export type ImageKind = (typeof imageKinds)[number];

/** The largest image kept: 512 kB. */
export const maxImageBytes = 512 * 1024;

/** A checked image: its MIME type by magic bytes, or why it was refused. */
export type ImageCheck =
  | { ok: true; mime: "image/png" | "image/jpeg" }
  | { ok: false; reason: "type" | "size" };

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const jpeg = [0xff, 0xd8, 0xff];

/**
 * Checks an uploaded image: at most `maxImageBytes`, a PNG or a JPEG by its first bytes (the
 * declared type and the file name are not trusted).
 *
 * @example checkRequisiteImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0])) // { ok: true, mime: "image/jpeg" }
 */
export function checkRequisiteImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length > maxImageBytes) return { ok: false, reason: "size" };
  if (startsWith(bytes, png)) return { ok: true, mime: "image/png" };
  if (startsWith(bytes, jpeg)) return { ok: true, mime: "image/jpeg" };
  return { ok: false, reason: "type" };
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}
