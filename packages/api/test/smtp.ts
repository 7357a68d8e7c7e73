/**
 * A real SMTP server in-process (smtp-server on a random port, no auth, no TLS) that keeps every
 * message it accepts, or refuses them all while `failing` is set: what the mail tests deliver to.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { must } from "./must.js";

interface Received {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The body, decoded (quoted-printable or base64), UTF-8. */
  text: string;
}

export interface TestSmtp {
  url: string;
  received: Received[];
  /** While true, every message is refused with a temporary error (451). */
  failing: boolean;
  /** Resolves once `n` messages have arrived (or rejects after `ms`). */
  waitFor(n: number, ms?: number): Promise<Received[]>;
  close(): Promise<void>;
}

/** Decodes an RFC 2047 header (nodemailer writes non-ASCII subjects as =?UTF-8?Q?...?= or B). */
function decodeHeader(v: string): string {
  return v
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
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

function bodyOf(raw: string): string {
  const i = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, i);
  const body = raw.slice(i).replace(/^\r?\n\r?\n/, "");
  const enc = /^Content-Transfer-Encoding: (\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (enc === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (enc !== "quoted-printable") return body;
  const bytes = body
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

function subjectOf(raw: string): string {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? "";
  const m = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head);
  return m ? decodeHeader(must(m[1]).replace(/\r?\n[ \t]/g, " ")) : "";
}

export async function startSmtp(): Promise<TestSmtp> {
  const received: Received[] = [];
  const state = { failing: false };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        if (state.failing) {
          const err = Object.assign(new Error("Mailbox temporarily unavailable"), {
            responseCode: 451,
          });
          done(err);
          return;
        }
        const raw = Buffer.concat(chunks).toString("utf8");
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          subject: subjectOf(raw),
          text: bodyOf(raw),
        });
        done();
      });
    },
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    get failing() {
      return state.failing;
    },
    set failing(v: boolean) {
      state.failing = v;
    },
    async waitFor(n, ms = 30_000) {
      const until = Date.now() + ms;
      while (received.length < n) {
        if (Date.now() > until)
          throw new Error(`expected ${n} messages, got ${received.length} after ${ms} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
