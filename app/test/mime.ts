// Reading a mail as it arrived at an SMTP sink: its headers (RFC 2047 encoded words)
// and its text part (quoted-printable or base64), just enough for the mails nodemailer
// writes. Used by the SMTP integration test and the end-to-end run's sink
// (e2e/smtp-sink.ts); never by the app.

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

function headersOf(block: string): Map<string, string> {
  const unfolded = block.replace(/\r?\n[ \t]+/g, " ");
  const headers = new Map<string, string>();
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === "base64")
    return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding?.toLowerCase() === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** The parts of a raw mail the tests look at. */
export function parseMail(raw: string) {
  const split = raw.indexOf("\r\n\r\n");
  const headerBlock = raw.slice(0, split);
  const headers = headersOf(headerBlock);
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  let text = "";
  let htmlLang = "";
  for (const part of boundary ? raw.split(`--${boundary}`) : [raw]) {
    const at = part.indexOf("\r\n\r\n");
    const partHeaders = headersOf(part.slice(0, at));
    const body = decodeBody(part.slice(at + 4), partHeaders.get("content-transfer-encoding"));
    const type = partHeaders.get("content-type") ?? "";
    if (type.startsWith("text/plain")) text = body.replace(/\r\n/g, "\n");
    if (type.startsWith("text/html")) htmlLang = /<html lang="(\w+)"/.exec(body)?.[1] ?? "";
  }
  return {
    headerBlock,
    subject: decodeWords(headers.get("subject") ?? ""),
    to: headers.get("to") ?? "",
    messageId: headers.get("message-id") ?? "",
    listUnsubscribe: headers.get("list-unsubscribe") ?? "",
    text,
    htmlLang,
  };
}
