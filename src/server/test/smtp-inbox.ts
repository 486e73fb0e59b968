import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/** A mail as the SMTP server received it, its text and HTML parts decoded. */
export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  raw: string;
}

export interface SmtpInbox {
  /** smtp://user:password@127.0.0.1:port, as SMTP_URL. */
  url: string;
  readonly mails: ReceivedMail[];
  /** The next `count` mails are refused with 451 (a server that cannot take mail just now). */
  refuseNext(count: number): void;
  /** Resolves with the first mail to `to` (waiting for it when it has not come yet). */
  mailTo(to: string): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export const SMTP_USER = { user: "kontor", password: "smtp secret" };

/**
 * A real SMTP server (the `smtp-server` package) on a free local port, for tests: it asks for the
 * user and password of SMTP_USER and keeps what it receives.
 */
export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: ReceivedMail[] = [];
  const waiting: { to: string; resolve: (mail: ReceivedMail) => void }[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth: (auth, _session, callback) =>
      auth.username === SMTP_USER.user && auth.password === SMTP_USER.password
        ? callback(null, { user: auth.username })
        : callback(new Error("Invalid username or password")),
    onMailFrom: (_address, _session, callback) => {
      if (refusals > 0) {
        refusals--;
        return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
      }
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const mail = parseMail(
          Buffer.concat(chunks).toString("utf8"),
          session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          session.envelope.rcptTo.map((r) => r.address),
        );
        mails.push(mail);
        for (const w of waiting.splice(0)) {
          if (mail.to.includes(w.to)) w.resolve(mail);
          else waiting.push(w);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://${SMTP_USER.user}:${encodeURIComponent(SMTP_USER.password)}@127.0.0.1:${port}`,
    mails,
    refuseNext: (count) => {
      refusals = count;
    },
    mailTo: (to) => {
      const found = mails.find((m) => m.to.includes(to));
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ to, resolve }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function splitPart(raw: string): Part {
  const at = raw.indexOf("\r\n\r\n");
  const head = at < 0 ? raw : raw.slice(0, at);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, " ").split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: at < 0 ? "" : raw.slice(at + 4) };
}

function decodeBody({ headers, body }: Part): string {
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Just enough MIME for what nodemailer sends: one part, or multipart/alternative of text and HTML. */
function parseMail(raw: string, from: string, to: string[]): ReceivedMail {
  const message = splitPart(raw);
  const type = message.headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  const parts = boundary
    ? message.body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => splitPart(p.replace(/^\r\n/, "")))
    : [message];
  const partOf = (kind: string) =>
    parts.find((p) => (p.headers.get("content-type") ?? "text/plain").startsWith(kind));
  const text = partOf("text/plain");
  const html = partOf("text/html");
  return {
    from,
    to,
    subject: message.headers.get("subject") ?? "",
    text: text ? decodeBody(text).trimEnd() : "",
    html: html ? decodeBody(html) : "",
    raw,
  };
}
