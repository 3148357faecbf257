import { expect } from "vitest";
import { readSse, type SseMessage } from "./sse-reader.js";

export type { SseMessage };

/** A Server-Sent Events client over fetch, keeping every message it gets. */
export interface SseClient {
  messages: SseMessage[];
  /** Resolves with the first message (already received or still to come) that `matches`. */
  next(matches: (m: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  /** The id of the last message that had one, as a browser keeps it to resume. */
  lastEventId(): string | null;
  close(): void;
}

export async function openStream(url: string, headers: Record<string, string>): Promise<SseClient> {
  const controller = new AbortController();
  const res = await fetch(url, {
    headers: { accept: "text/event-stream", ...headers },
    signal: controller.signal,
  });
  expect(res.status, await (res.status === 200 ? Promise.resolve("") : res.text())).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const messages: SseMessage[] = [];
  const waiters = new Set<() => void>();
  readSse(res.body, (message) => {
    messages.push(message);
    for (const wake of waiters) wake();
  });
  return {
    messages,
    next: (matches, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(matches);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching message in ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      }),
    lastEventId: () => [...messages].reverse().find((m) => m.id !== null)?.id ?? null,
    close: () => controller.abort(),
  };
}
