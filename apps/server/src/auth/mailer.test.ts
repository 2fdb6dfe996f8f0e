import { describe, expect, it } from "vitest";
import { capturingLogger } from "../../test/support/capturing-logger.ts";
import { startSmtpSink } from "../../test/support/smtp-sink.ts";
import { loadConfig } from "../config.ts";
import { addressOf, mailerFromConfig, smtpMailer } from "./mailer.ts";
import { resetPasswordMail } from "./reset-password-mail.ts";

const mail = resetPasswordMail({
  to: "ann@example.com",
  link: "https://crm.example.com/reset-password?token=abc",
  validMinutes: 60,
});

describe("mailers", () => {
  it("sends through SMTP from the configured sender, with both texts", async () => {
    const sink = await startSmtpSink();
    try {
      await smtpMailer({ url: sink.url, from: "Quartet <crm@example.com>" }).send(mail);
      const received = await sink.nth(1);
      expect(received.from).toBe("crm@example.com");
      expect(received.to).toEqual(["ann@example.com"]);
      expect(received.subject).toBe(mail.subject);
      expect(received.text).toContain("https://crm.example.com/reset-password?token=abc");
      expect(received.html).toContain('href="https://crm.example.com/reset-password?token=abc"');
      expect(received.attachments).toEqual([]);
    } finally {
      await sink.close();
    }
  });

  it("attaches files with their names, types and bytes as given", async () => {
    const sink = await startSmtpSink();
    const pdf = new TextEncoder().encode("%PDF-1.7 fake body \u0000\u00ff");
    try {
      await smtpMailer({ url: sink.url, from: "crm@example.com" }).send({
        to: "ann@example.com, bob@example.com",
        subject: "Счёт на оплату № 1",
        text: "Здравствуйте!",
        attachments: [
          { filename: "Счёт № 1 от 07.12.2026.pdf", content: pdf, contentType: "application/pdf" },
        ],
      });
      const received = await sink.nth(1);
      expect(received.to).toEqual(["ann@example.com", "bob@example.com"]);
      expect(received.subject).toBe("Счёт на оплату № 1");
      expect(received.attachments).toEqual([
        { filename: "Счёт № 1 от 07.12.2026.pdf", contentType: "application/pdf", content: pdf },
      ]);
    } finally {
      await sink.close();
    }
  });

  it("shows a sender's name in place of the configured one, from the configured address", async () => {
    const sink = await startSmtpSink();
    try {
      await smtpMailer({ url: sink.url, from: "Quartet <crm@example.com>" }).send({
        to: "ann@example.com",
        subject: "Счёт",
        text: "Во вложении",
        senderName: "ООО «Квартет»",
      });
      const received = await sink.nth(1);
      expect([received.from, received.fromName]).toEqual(["crm@example.com", "ООО «Квартет»"]);
    } finally {
      await sink.close();
    }
  });

  it.each([
    ["Quartet <crm@example.com>", "crm@example.com"],
    ["crm@example.com", "crm@example.com"],
    ['"Quartet, CRM" < crm@example.com >', "crm@example.com"],
  ])("finds the address in %s", (sender, address) => {
    expect(addressOf(sender)).toBe(address);
  });

  it("rejects when the SMTP server refuses the mail", async () => {
    const sink = await startSmtpSink({ rejectTo: /@example\.com$/ });
    try {
      await expect(
        smtpMailer({ url: sink.url, from: "crm@example.com" }).send({
          to: "ann@example.com",
          subject: "s",
          text: "t",
        }),
      ).rejects.toThrow(/550/);
      expect(sink.received).toEqual([]);
    } finally {
      await sink.close();
    }
  });

  it("without QUARTET_SMTP_URL writes the message, link included, to the log at info", async () => {
    const { logger, lines } = capturingLogger();
    await mailerFromConfig(loadConfig({}), logger).send(mail);
    expect(lines.map((l) => l.level)).toEqual(["warn", "info"]);
    expect(JSON.stringify(lines[1]?.obj)).toContain("https://crm.example.com/reset-password?token=abc");
  });

  it("the log mailer names attachments without their bytes", async () => {
    const { logger, lines } = capturingLogger();
    const content = new TextEncoder().encode("%PDF-secret-bytes");
    await mailerFromConfig(loadConfig({}), logger).send({
      ...mail,
      attachments: [{ filename: "Invoice No. 1 of 2026-12-07.pdf", content, contentType: "application/pdf" }],
    });
    const logged = JSON.stringify(lines[1]?.obj);
    expect(logged).toContain('"attachments":["Invoice No. 1 of 2026-12-07.pdf"]');
    expect(logged).not.toContain("secret");
  });
});
