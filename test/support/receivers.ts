import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { freePort } from "./server-process.js";

/** One request as a receiver got it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** Where the request's arrival, and its answer once sent, stand among every arrival and answer of the receiver. */
  arrived?: number;
  answered?: number;
}

export interface Answer {
  status: number;
  body?: string;
  /** Answer only after this long. */
  delayMs?: number;
}

/** Decides the answer to the n-th request (from 0). */
export type Answering = (request: Received, n: number) => Answer;

/** A real HTTP receiver on 127.0.0.1 that keeps every request it got. */
export interface Receiver {
  url: string;
  port: number;
  received: Received[];
  /** Stops listening and drops open connections: the receiver is down. */
  stop(): Promise<void>;
  /** Listens again on the same port: the receiver is back. */
  start(): Promise<void>;
}

export const answers =
  (...list: Answer[]): Answering =>
  (_, n) =>
    list[Math.min(n, list.length - 1)]!;

/** A receiver on `port` (a free one by default); pass `{down: true}` to create it stopped. */
export async function startReceiver(
  answering: Answering = answers({ status: 200, body: '{"ok":true}' }),
  options: { port?: number; down?: boolean } = {},
): Promise<Receiver> {
  const port = options.port ?? (await freePort());
  const received: Received[] = [];
  let steps = 0;
  let server: Server | null = null;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/leads`,
    port,
    received,
    start: async () => {
      server = createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on("data", (c: Buffer) => chunks.push(c));
        req.on("end", () => {
          const request = {
            method: req.method ?? "",
            url: req.url ?? "",
            headers: req.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          };
          const answer = answering(request, received.length);
          const kept: Received = { ...request, arrived: ++steps };
          received.push(kept);
          const send = () => {
            if (res.destroyed) return;
            res.writeHead(answer.status, { "content-type": "application/json" });
            res.end(answer.body ?? "");
            kept.answered = ++steps;
          };
          if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
          else send();
        });
      });
      await new Promise<void>((resolve) => server!.listen(port, "127.0.0.1", resolve));
    },
    stop: async () => {
      if (!server) return;
      const s = server;
      server = null;
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    },
  };
  if (!options.down) await receiver.start();
  return receiver;
}

/** One message as the SMTP listener got it. */
export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP listener on 127.0.0.1 (no TLS, no auth) that keeps every message. */
export async function startSmtpListener(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  // A client killed mid-conversation resets its connection: that is the test's doing, not a failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Receivers a suite starts as it goes, all stopped at its end with `stopAll`. */
export function receiverPool() {
  const started: Receiver[] = [];
  return {
    start: async (...args: Parameters<typeof startReceiver>) => {
      const r = await startReceiver(...args);
      started.push(r);
      return r;
    },
    stopAll: () => Promise.all(started.map((r) => r.stop())),
  };
}
