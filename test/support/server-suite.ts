import { afterAll, beforeAll } from "vitest";
import type { Engine } from "../../src/store/store.js";
import { ADMIN_TOKEN } from "./app.js";
import { openTestStore, type TestStore } from "./engines.js";
import { startServerProcess, type ServerProcess } from "./server-process.js";

/**
 * A suite of real server processes on one database of `engine`: the database is made before the
 * suite's first test; every server it started is killed and the database dropped after its last.
 */
export function serverSuite(engine: Engine) {
  let db: TestStore | undefined;
  const started: ServerProcess[] = [];
  const database = () => {
    if (!db) throw new Error("the suite's database is made before its first test: use it inside a test");
    return db;
  };
  beforeAll(async () => {
    db = await openTestStore(engine);
  });
  afterAll(async () => {
    await Promise.all(started.map((server) => server.kill()));
    await db?.cleanup();
  });
  return {
    /** The suite's database, as the servers see it. */
    get db(): TestStore {
      return database();
    },
    /** A server on the suite's database that takes the test admin token; ready when this resolves. */
    start: async (): Promise<ServerProcess> => {
      // An empty DATABASE_URL keeps a SQLite server off any PostgreSQL the test runner's environment names.
      const env = { DATABASE_URL: "", ...database().env, CAROUSEL_ADMIN_TOKEN: ADMIN_TOKEN };
      const server = await startServerProcess(env);
      started.push(server);
      return server;
    },
  };
}
