import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { type DadataAnswer, type DadataBank, type DadataParty, dadataSamples } from "@quartet/core";

/** What the fake answers: DaData's shapes by INN / BIK, or a failure for every request. */
export type FakeDadataMode = "ok" | "down" | "refuse-token" | "silent";

/** One request the fake received: path, Authorization header, JSON body. */
export type FakeDadataRequest = {
  path: string;
  authorization: string | undefined;
  body: Record<string, unknown>;
};

async function bodyOf(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
}

/**
 * A local stand-in for DaData's `findById/party` and `findById/bank` on a free port, answering the
 * recorded shapes (`dadataSamples`) to `Authorization: Token <token>`; `mode` makes it fail.
 */
export async function startFakeDadata(token: string) {
  const requests: FakeDadataRequest[] = [];
  const parties: DadataParty[] = [dadataSamples.sberParty, dadataSamples.soleTrader];
  const banks: DadataBank[] = [dadataSamples.sberBank];
  let mode: FakeDadataMode = "ok";
  const server = createServer(async (request, response) => {
    const body = await bodyOf(request);
    const path = request.url ?? "";
    requests.push({ path, authorization: request.headers.authorization, body });
    const send = (status: number, json: unknown) => {
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(json));
    };
    if (mode === "silent") return; // never answers: the adapter's timeout must end the wait
    if (mode === "down") return send(502, { message: "Bad Gateway" });
    if (mode === "refuse-token" || request.headers.authorization !== `Token ${token}`) {
      return send(403, { message: "Forbidden" });
    }
    if (path.endsWith("/findById/party")) {
      const answer: DadataAnswer<DadataParty> = {
        suggestions: parties.filter(
          (p) => p.data?.inn === body.query && (!body.kpp || p.data?.kpp === body.kpp),
        ),
      };
      return send(200, answer);
    }
    if (path.endsWith("/findById/bank")) {
      return send(200, { suggestions: banks.filter((b) => b.data?.bic === body.query) });
    }
    send(404, { message: "Not found" });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    /** The base URL to give as `QUARTET_REGISTRY_URL`. */
    url: `http://127.0.0.1:${port}/suggestions/api/4_1/rs`,
    requests,
    setMode(next: FakeDadataMode) {
      mode = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
