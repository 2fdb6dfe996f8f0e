/** A letter with a small PDF-like attachment, as a client sends a request for a quote. */
export function letterWithAttachment(
  headers: Record<string, string>,
  body: string,
  file: { name: string; bytes: Buffer },
): string {
  const boundary = "quartet-test-boundary";
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [
    ...lines,
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(body).toString("base64"),
    `--${boundary}`,
    `Content-Type: application/pdf; name="${file.name}"`,
    `Content-Disposition: attachment; filename="${file.name}"`,
    "Content-Transfer-Encoding: base64",
    "",
    file.bytes.toString("base64"),
    `--${boundary}--`,
    "",
  ].join("\r\n");
}

/** A plain letter (RFC 5322, CRLF line ends) whose body travels as base64, so Cyrillic stays intact through any server. */
export function plainLetter(headers: Record<string, string>, body: string): string {
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return [
    ...lines,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.from(body).toString("base64"),
    "",
  ].join("\r\n");
}

/** A header text as an RFC 2047 encoded word (UTF-8, base64), as mail clients send Cyrillic subjects. */
export function encodedWord(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text).toString("base64")}?=`;
}
