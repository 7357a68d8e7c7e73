/**
 * A minimal SMTP server for the browser tests (notifications & mail, issue 15): the server under
 * test sends its mail here (SMTP_URL), and the walks read what arrived. It speaks just what
 * nodemailer needs (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT; no TLS, no auth), on a
 * random local port, with no dependency.
 */
import { createServer, type AddressInfo, type Socket } from "node:net";

export interface SinkMail {
  to: string[];
  subject: string;
  /** The body, quoted-printable and base64 decoded. */
  text: string;
}

function decodeWords(v: string): string {
  return v
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, s: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(s, "base64").toString("utf8")
        : Buffer.from(
            s
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

function parse(raw: string, to: string[]): SinkMail {
  const cut = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, cut).replace(/\r?\n[ \t]/g, " ");
  let body = raw.slice(cut).replace(/^\r?\n\r?\n/, "");
  const enc = /^Content-Transfer-Encoding: (\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (enc === "base64") body = Buffer.from(body, "base64").toString("utf8");
  else if (enc === "quoted-printable")
    body = Buffer.from(
      body
        .replace(/=\r?\n/g, "")
        .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
      "latin1",
    ).toString("utf8");
  return { to, subject: decodeWords(/^Subject: (.*)$/im.exec(head)?.[1] ?? ""), text: body };
}

export interface MailSink {
  url: string;
  received: SinkMail[];
  waitFor(match: (m: SinkMail) => boolean, ms?: number): Promise<SinkMail>;
  close(): Promise<void>;
}

/** One SMTP connection: answers the commands and hands each message (after DATA) to `onMail`. */
function serveSmtp(socket: Socket, onMail: (mail: SinkMail) => void) {
  let buffer = "";
  let data: string[] | null = null;
  let to: string[] = [];
  const say = (line: string) => socket.write(`${line}\r\n`);
  function dataLine(message: string[], line: string) {
    if (line !== ".") {
      message.push(line.startsWith("..") ? line.slice(1) : line);
      return;
    }
    onMail(parse(message.join("\r\n"), to));
    data = null;
    to = [];
    say("250 OK: queued");
  }
  function command(line: string) {
    const verb = line.slice(0, 4).toUpperCase();
    if (verb === "EHLO") say("250-tahub-test\r\n250 8BITMIME");
    else if (verb === "HELO") say("250 tahub-test");
    else if (verb === "MAIL") say("250 OK");
    else if (verb === "RCPT") {
      to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
      say("250 OK");
    } else if (verb === "DATA") {
      data = [];
      say("354 End data with <CR><LF>.<CR><LF>");
    } else if (verb === "RSET") {
      to = [];
      say("250 OK");
    } else if (verb === "NOOP") say("250 OK");
    else if (verb === "QUIT") {
      say("221 Bye");
      socket.end();
    } else say("502 Command not implemented");
  }
  say("220 tahub-test ESMTP");
  socket.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let i: number;
    while ((i = buffer.indexOf("\r\n")) >= 0) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      if (data) dataLine(data, line);
      else command(line);
    }
  });
}

/** The first mail received that matches, polling until `ms` have passed. */
async function waitForMail(
  received: SinkMail[],
  match: (m: SinkMail) => boolean,
  ms: number,
): Promise<SinkMail> {
  const until = Date.now() + ms;
  for (;;) {
    const found = received.find(match);
    if (found) return found;
    if (Date.now() > until)
      throw new Error(
        `no such mail within ${ms / 1000} s; received: ${received.map((m) => `${m.to.join(",")}: ${m.subject}`).join(" | ") || "none"}`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startMailSink(): Promise<MailSink> {
  const received: SinkMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => undefined);
    serveSmtp(socket, (mail) => received.push(mail));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: (match, ms = 30_000) => waitForMail(received, match, ms),
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}
