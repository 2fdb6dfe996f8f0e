import {
  corePermissions,
  DomainError,
  type ImageKind,
  imageKinds,
  requisiteMessages as m,
  maxImageBytes,
} from "@quartet/core";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Host } from "../host/create-host.ts";
import { requireAccess } from "../records/export/http-access.ts";
import type { Authenticator } from "../trpc/authenticate.ts";
import { putImage, readImage, removeImage } from "./images.ts";

/**
 * The organisation's logo, signature and stamp over HTTP:
 * `PUT /requisites/images/:kind` takes the PNG or JPEG as the raw body (at most 512 kB, 413 beyond;
 * `core.requisites.manage`), `DELETE` drops it, `GET` serves it (`core.org.read`).
 */
export function requisiteImageRoutes(host: Host, authenticate: Authenticator): Hono {
  const api = new Hono();
  const manage = corePermissions.requisitesManage.id;
  const tooLarge = () => {
    const params = { kilobytes: maxImageBytes / 1024 };
    throw new DomainError("PAYLOAD_TOO_LARGE", m.imageTooBig, { params });
  };
  api.put("/requisites/images/:kind", bodyLimit({ maxSize: maxImageBytes, onError: tooLarge }), async (c) => {
    const { actor, orgId } = await requireAccess(authenticate, c.req.raw, manage);
    const kind = imageKind(c.req.param("kind"));
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    await putImage({ org: await host.runtime(orgId), actor, clock: host.clock }, kind, bytes);
    return c.json({ data: { kind } });
  });
  api.delete("/requisites/images/:kind", async (c) => {
    const { actor, orgId } = await requireAccess(authenticate, c.req.raw, manage);
    const kind = imageKind(c.req.param("kind"));
    await removeImage({ org: await host.runtime(orgId), actor, clock: host.clock }, kind);
    return c.json({ data: { kind } });
  });
  api.get("/requisites/images/:kind", async (c) => {
    const { orgId } = await requireAccess(authenticate, c.req.raw, corePermissions.orgRead.id);
    const image = await readImage((await host.runtime(orgId)).db, imageKind(c.req.param("kind")));
    return c.body(image.data.buffer as ArrayBuffer, 200, {
      "content-type": image.mime,
      "cache-control": "private, max-age=60",
    });
  });
  return api;
}

function imageKind(value: string): ImageKind {
  if ((imageKinds as readonly string[]).includes(value)) return value as ImageKind;
  throw new DomainError("BAD_INPUT", m.imageKind, { fields: { kind: m.imageKind } });
}
