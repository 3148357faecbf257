import { isDeepStrictEqual } from "node:util";
import type { FastifyRequest, InjectOptions, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll } from "vitest";
import type { App } from "../../src/http/app.js";
import { buildServer, type ServerOptions } from "../../src/http/server.js";
import type { Engine } from "../../src/store/store.js";
import { openTestStore, type TestStore } from "./engines.js";

export const ADMIN_TOKEN = "test-admin-token";
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };

export interface TestApp extends TestStore {
  app: App;
  /** Sends a request in process and parses a JSON answer. */
  call(options: InjectOptions): Promise<LightMyRequestResponse & { data: any }>;
  close(): Promise<void>;
}

/** An app on a fresh database of `engine`; `options` as the server takes them (rate limits, a clock). */
export async function startTestApp(
  engine: Engine,
  options: Omit<ServerOptions, "store"> = {},
): Promise<TestApp> {
  const testStore = await openTestStore(engine);
  const app = await buildServer({ store: testStore.store, adminToken: ADMIN_TOKEN, ...options });
  refuseDroppedFields(app);
  await app.ready();
  return {
    ...testStore,
    app,
    call: async (options) => {
      const res = await app.inject(options);
      const isJson = String(res.headers["content-type"] ?? "").includes("json");
      return Object.assign(res, { data: isJson && res.body ? res.json() : undefined });
    },
    close: async () => {
      await app.close();
      await testStore.cleanup();
    },
  };
}

/**
 * An app on `engine` started before the suite's first test and closed after its last. The handle
 * answered stands for that app, so the suite's body can name it before it exists.
 */
export function suiteTestApp(engine: Engine): TestApp {
  let started: TestApp | undefined;
  const running = () => {
    if (!started) throw new Error("the suite's app has not started: use it inside a test or hook");
    return started;
  };
  beforeAll(async () => {
    started = await startTestApp(engine);
  });
  afterAll(async () => started?.close());
  return {
    get store() {
      return running().store;
    },
    get env() {
      return running().env;
    },
    get app() {
      return running().app;
    },
    call: (options) => running().call(options),
    cleanup: () => running().cleanup(),
    close: () => running().close(),
  };
}

const sent = new WeakMap<FastifyRequest, string>();

/**
 * Fails every answer whose response schema left out a field its handler sent (Fastify serializes
 * by the schema and silently drops what it does not list): the answer becomes a 500 naming the
 * operation, so any test that reads it fails.
 */
function refuseDroppedFields(app: App): void {
  app.addHook("preSerialization", async (request, _reply, payload) => {
    sent.set(request, JSON.stringify(payload));
    return payload;
  });
  app.addHook("onSend", async (request, reply, body) => {
    const handed = sent.get(request);
    if (handed === undefined || typeof body !== "string" || reply.statusCode >= 500) return body;
    if (!isDeepStrictEqual(JSON.parse(body), JSON.parse(handed)))
      throw new Error(
        `the response schema of ${request.method} ${request.routeOptions.url} changes its answer: ` +
          `sent ${handed.slice(0, 2000)}, serialized ${body.slice(0, 2000)}`,
      );
    return body;
  });
}
