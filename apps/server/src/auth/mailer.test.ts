import { once } from "node:events";
import { type AddressInfo, createServer } from "node:net";
import type { Logger } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config.ts";
import { mailerFromConfig, smtpMailer } from "./mailer.ts";
import { resetPasswordMail } from "./reset-password-mail.ts";

const mail = resetPasswordMail({
  to: "ann@example.com",
  link: "https://crm.example.com/reset-password?token=abc",
  validMinutes: 60,
});

/** A loopback SMTP server that accepts everything and keeps each message's DATA. */
async function smtpSink() {
  const received: string[] = [];
  const server = createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 queued\r\n");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol < 0) return;
        const command = buffer.slice(0, eol).toUpperCase();
        buffer = buffer.slice(eol + 2);
        if (command.startsWith("DATA")) {
          inData = true;
          socket.write("354 go on\r\n");
        } else if (command.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return { received, port: (server.address() as AddressInfo).port, close: () => server.close() };
}

function capturingLogger() {
  const lines: { level: string; obj: unknown; msg?: string }[] = [];
  const at = (level: string) => (obj: object | string, msg?: string) => void lines.push({ level, obj, msg });
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return { logger, lines };
}

describe("mailers", () => {
  it("sends through SMTP from the configured sender, with both texts", async () => {
    const sink = await smtpSink();
    try {
      await smtpMailer({ url: `smtp://127.0.0.1:${sink.port}`, from: "Quartet <crm@example.com>" }).send(
        mail,
      );
      // Headers as sent; the body quoted-printable (soft line breaks and "=" undone).
      const data = sink.received.join("\n").replace(/=\r\n/g, "").replace(/=3D/g, "=");
      expect(data).toMatch(/^From: Quartet <crm@example\.com>/m);
      expect(data).toMatch(/^To: ann@example\.com/m);
      expect(data).toContain("https://crm.example.com/reset-password?token=abc");
      expect(data).toContain("multipart/alternative");
    } finally {
      sink.close();
    }
  });

  it("without QUARTET_SMTP_URL writes the message, link included, to the log at info", async () => {
    const { logger, lines } = capturingLogger();
    await mailerFromConfig(loadConfig({}), logger).send(mail);
    expect(lines.map((l) => l.level)).toEqual(["warn", "info"]);
    expect(JSON.stringify(lines[1]?.obj)).toContain("https://crm.example.com/reset-password?token=abc");
  });
});
