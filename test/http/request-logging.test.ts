import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "../../src/http/server.js";
import type { Engine } from "../../src/store/store.js";
import { ENGINES, openTestStore, type TestStore } from "../support/engines.js";

interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
}

/** A server whose log lines are kept, parsed, in `lines`. */
async function loggingServer(t: TestStore, logRequests: boolean) {
  const lines: LogLine[] = [];
  const app = await buildServer({
    store: t.store,
    logRequests,
    logger: { level: "info", stream: { write: (line: string) => lines.push(JSON.parse(line) as LogLine) } },
  });
  return { app, lines };
}

describe.each(ENGINES)("request logging on %s", (engine: Engine) => {
  let t: TestStore;
  beforeAll(async () => {
    t = await openTestStore(engine);
  });
  afterAll(async () => t.cleanup());

  it("writes each logged request's lines under that request's own id", async () => {
    const { app, lines } = await loggingServer(t, true);
    try {
      const first = await app.inject({ method: "GET", url: "/health" });
      const second = await app.inject({ method: "GET", url: "/health" });
      expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
      const ofRequests = lines.filter((l) => l.reqId !== undefined);
      expect(ofRequests.map((l) => l.msg)).toEqual([
        "incoming request",
        "request completed",
        "incoming request",
        "request completed",
      ]);
      const ids = ofRequests.map((l) => l.reqId!);
      expect(ids[0]).toMatch(/^req_/);
      expect(ids[1]).toBe(ids[0]);
      expect(ids[3]).toBe(ids[2]);
      expect(ids[2]).not.toBe(ids[0]);
    } finally {
      await app.close();
    }
  });

  it("writes nothing for requests that log nothing when request logging is off", async () => {
    const { app, lines } = await loggingServer(t, false);
    try {
      const answer = await app.inject({ method: "GET", url: "/health" });
      expect(answer.statusCode).toBe(200);
      expect(lines.filter((l) => l.reqId !== undefined)).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
