import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { notificationSignatureText, type ZadarmaEvent } from "../notification-fields.ts";
import { apiSignature, notificationSignature } from "../signature.ts";

/** One request the fake API received: its method path, query, Authorization header and whether the signature held. */
export type FakeZadarmaRequest = {
  method: string;
  params: Record<string, string>;
  authorization: string | undefined;
  signed: boolean;
};

/**
 * A local stand-in for api.zadarma.com on a free port: it checks each request's `Authorization`
 * against the keys it was given (401 when wrong, as Zadarma does), records it, and answers the
 * callback and recording requests the way Zadarma documents them; the recording links it hands out
 * play a short tone (`/records/<id>.mp3`, a WAV). Nothing reaches the internet.
 *
 * @example const api = await startFakeZadarma({ key, secret }); process.env.QUARTET_ZADARMA_API_URL = api.url
 */
export async function startFakeZadarma(keys: { key: string; secret: string }) {
  const requests: FakeZadarmaRequest[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const params = Object.fromEntries(url.searchParams);
    if (url.pathname.startsWith("/records/")) {
      res.writeHead(200, { "content-type": "audio/wav" });
      return res.end(toneWav());
    }
    const authorization = header(req, "authorization");
    const expected = `${keys.key}:${apiSignature(keys.secret, url.pathname, params)}`;
    const signed = authorization === expected;
    requests.push({ method: url.pathname, params, authorization, signed });
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (!signed) return send(401, { status: "error", message: "Not authorized" });
    if (url.pathname === "/v1/request/callback/") {
      return send(200, { status: "success", from: params.from, to: params.to, time: 1_765_000_000 });
    }
    if (url.pathname === "/v1/pbx/record/request/") {
      return send(200, {
        status: "success",
        link: `${address()}/records/${params.call_id}.mp3`,
        lifetime_till: "",
      });
    }
    return send(404, { status: "error", message: "Method not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: address(),
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/**
 * A notification as Zadarma posts it: the form body and its `Signature` header, signed with
 * `secret` (pass another secret to forge a bad one).
 *
 * @example signedNotification("secret…", "NOTIFY_END", { pbx_call_id: "in_1", caller_id: "74951234567", … })
 */
export function signedNotification(secret: string, event: ZadarmaEvent, fields: Record<string, string>) {
  const body = { event, ...fields };
  return {
    body: new URLSearchParams(body).toString(),
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      signature: notificationSignature(secret, notificationSignatureText(event, body)),
    },
  };
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** One second of a 440 Hz tone, 8 kHz 8-bit mono WAV: what a fake recording link plays. */
function toneWav(): Buffer {
  const rate = 8000;
  const samples = Buffer.alloc(rate);
  for (let i = 0; i < rate; i++) samples[i] = 128 + Math.round(60 * Math.sin((2 * Math.PI * 440 * i) / rate));
  const head = Buffer.alloc(44);
  head.write("RIFF", 0);
  head.writeUInt32LE(36 + samples.length, 4);
  head.write("WAVEfmt ", 8);
  head.writeUInt32LE(16, 16);
  head.writeUInt16LE(1, 20);
  head.writeUInt16LE(1, 22);
  head.writeUInt32LE(rate, 24);
  head.writeUInt32LE(rate, 28);
  head.writeUInt16LE(1, 32);
  head.writeUInt16LE(8, 34);
  head.write("data", 36);
  head.writeUInt32LE(samples.length, 40);
  return Buffer.concat([head, samples]);
}
