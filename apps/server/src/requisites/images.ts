import {
  checkRequisiteImage,
  DomainError,
  type ImageKind,
  requisiteMessages as m,
  maxImageBytes,
} from "@quartet/core";
import { requisiteImages } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { Reader } from "../records/clients/reader.ts";
import type { RequisitesContext } from "./context.ts";

/** Which images the organisation has, with when each was saved (for a preview URL that changes with it). */
export async function imagesOf(reader: Reader): Promise<Partial<Record<ImageKind, number>>> {
  const rows = await reader
    .select({ kind: requisiteImages.kind, updatedAt: requisiteImages.updatedAt })
    .from(requisiteImages);
  return Object.fromEntries(rows.map((row) => [row.kind, row.updatedAt]));
}

/** Keeps a logo, signature or stamp: a PNG or JPEG by its first bytes, at most 512 kB; audited without the bytes. */
export async function putImage(ctx: RequisitesContext, kind: ImageKind, bytes: Uint8Array): Promise<void> {
  const check = checkRequisiteImage(bytes);
  if (!check.ok) {
    const key = check.reason === "size" ? m.imageTooBig : m.imageType;
    const params = { kilobytes: maxImageBytes / 1024 };
    throw new DomainError(check.reason === "size" ? "PAYLOAD_TOO_LARGE" : "BAD_INPUT", key, {
      params,
      fields: { [kind]: { key, params } },
    });
  }
  await ctx.org.write(ctx.actor, async (scope) => {
    const row = { kind, mime: check.mime, data: Buffer.from(bytes), updatedAt: ctx.clock.now() };
    await scope.tx
      .insert(requisiteImages)
      .values(row)
      .onConflictDoUpdate({ target: requisiteImages.kind, set: row });
    await scope.audit({
      action: "core.requisites.image",
      entity: "requisites",
      entityId: kind,
      after: { kind, mime: check.mime, bytes: bytes.length },
    });
  });
}

/** Drops an image; dropping one that is not there is fine. */
export async function removeImage(ctx: RequisitesContext, kind: ImageKind): Promise<void> {
  await ctx.org.write(ctx.actor, async (scope) => {
    await scope.tx.delete(requisiteImages).where(eq(requisiteImages.kind, kind));
    await scope.audit({ action: "core.requisites.image-remove", entity: "requisites", entityId: kind });
  });
}

/** An image's bytes and type; NOT_FOUND when there is none. */
export async function readImage(
  reader: Reader,
  kind: ImageKind,
): Promise<{ mime: string; data: Uint8Array }> {
  const [row] = await reader.select().from(requisiteImages).where(eq(requisiteImages.kind, kind));
  if (!row) throw new DomainError("NOT_FOUND", m.imageMissing);
  return { mime: row.mime, data: new Uint8Array(row.data) };
}
