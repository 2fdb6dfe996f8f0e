import type { AnalysedImport } from "../../src/records/import/create-import.ts";
import { type TestHost, userActor } from "./test-host.ts";

/** A CSV file of `header` and `lines` uploaded as the organisation's owner: the import id and the suggested mapping. */
export async function uploadClients(t: TestHost, orgId: string, header: string, lines: readonly string[]) {
  const response = await t.app().request("/api/v1/imports/clients?fileName=clients.csv", {
    method: "POST",
    body: `${[header, ...lines].join("\r\n")}\r\n`,
    headers: { "x-test-user": "owner", "x-test-org": orgId },
  });
  const { data } = (await response.json()) as { data: AnalysedImport };
  const mapping = Object.fromEntries(data.mapping.map((m) => [m.header, m.field]));
  return { importId: data.importId as string, mapping, suggested: data.mapping };
}

/** Uploads and imports a file to the end as the owner; the caller, the import id and the finished import. */
export async function importClients(
  t: TestHost,
  orgId: string,
  header: string,
  lines: readonly string[],
  onDuplicate: "skip" | "create" | "update" | "attach" = "skip",
) {
  const caller = await t.caller(userActor("owner"), orgId);
  const { importId, mapping } = await uploadClients(t, orgId, header, lines);
  await caller.core.imports.start({ importId, mapping, onDuplicate });
  await t.host.imports.wait(importId);
  return { caller, importId, job: await caller.core.imports.get({ importId }) };
}
