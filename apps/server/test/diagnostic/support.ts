import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { diagnosticQuestions } from "@quartet/core";
import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";

/** Every question answered with its best option, then `changes` on top. */
export function answersWith(changes: Record<string, string> = {}): Record<string, string> {
  return {
    ...Object.fromEntries(diagnosticQuestions.map((q) => [q.id, q.options[0]?.code ?? ""])),
    ...changes,
  };
}

/** A request the fake consultant received. */
export type Received = { method: string; contentType: string; body: unknown };

const bodyOf = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

/**
 * A consultant's receiver on a port this test opens on 127.0.0.1: keeps every request and
 * answers `status` (settable), so nothing leaves the machine.
 */
export async function fakeConsultant() {
  const received: Received[] = [];
  const state = { status: 200 };
  const server: Server = createServer(async (request, response) => {
    const text = await bodyOf(request);
    received.push({
      method: request.method ?? "",
      contentType: request.headers["content-type"] ?? "",
      body: text ? JSON.parse(text) : null,
    });
    response.writeHead(state.status, { "content-type": "application/json" }).end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/consultations`,
    received,
    answer(status: number) {
      state.status = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** How a tRPC call was refused as the client sees it: code, message, fields and details. */
export async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  const { message, data } = formatError(error);
  return { code: error.code, message, fields: data.fields, details: data.details };
}
