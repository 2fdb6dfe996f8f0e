// Issues an invoice, queues it for mailing (the send row and core.document.sent committed), then
// dies by SIGKILL before the dispatcher can mail it. argv: data directory.
import { sendHost } from "./send-host.ts";

const h = await sendHost({ dataDir: process.argv[2] ?? "" });
const invoice = await h.issue("ru");
await (await h.as(h.team.owner.user, "ru")).core.documents.send({
  documentId: invoice.id,
  to: ["buh@veter.ru"],
});
process.stdout.write(
  `${JSON.stringify({ orgId: h.orgId, fileName: invoice.fileName, now: h.clock.now() })}\n`,
);
process.kill(process.pid, "SIGKILL");
