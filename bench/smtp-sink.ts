/**
 * The nurture benchmark's SMTP sink (started by nurture-send.ts in a process of its own, so it
 * does not share an event loop with the sender it measures): smtp-server on 127.0.0.1 taking
 * every message, noting its recipient and the wall-clock time it was taken. Over IPC it answers
 * `{ port }` once listening; `{ expect: n }` starts a count, answered with `{ arrivals }` once n
 * messages have arrived since.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface Arrival {
  to: string;
  at: number;
}

export type SinkRequest = { expect: number } | { stop: true };
export type SinkAnswer = { port: number } | { arrivals: Arrival[] };

let arrivals: Arrival[] = [];
let expected = Number.POSITIVE_INFINITY;
const answer = (message: SinkAnswer) => process.send?.(message);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  size: 1_000_000,
  onData(stream, session, callback) {
    stream.on("data", () => {});
    stream.on("end", () => {
      const at = Date.now();
      for (const r of session.envelope.rcptTo) arrivals.push({ to: r.address, at });
      callback();
      if (arrivals.length >= expected) {
        expected = Number.POSITIVE_INFINITY;
        answer({ arrivals });
      }
    });
  },
});
server.on("error", () => {});

process.on("message", (message: SinkRequest) => {
  if ("stop" in message) server.close(() => process.exit(0));
  else {
    arrivals = [];
    expected = message.expect;
  }
});

server.listen(0, "127.0.0.1", () => answer({ port: (server.server.address() as AddressInfo).port }));
