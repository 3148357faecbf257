import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { SqliteStore } from "../../src/store/sqlite/sqlite-store.js";
import type { Engine, Store } from "../../src/store/store.js";

/** PostgreSQL tests run when this points at a server; `.ci/run` sets it and checks they ran. */
export const POSTGRES_URL = process.env["CAROUSEL_TEST_POSTGRES_URL"];

/** The engines every store test runs on. */
export const ENGINES: Engine[] = POSTGRES_URL ? ["sqlite", "postgres"] : ["sqlite"];

export interface TestStore {
  store: Store;
  /** Where a separate server process finds the same database. */
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

/** A fresh, migrated, empty database: a temp SQLite file, or a new PostgreSQL schema. */
export async function openTestStore(engine: Engine): Promise<TestStore> {
  if (engine === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "carousel-test-"));
    const store = new SqliteStore(join(dir, "carousel.db"));
    await store.migrate();
    return {
      store,
      env: { CAROUSEL_DATA_DIR: dir },
      cleanup: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  if (!POSTGRES_URL) throw new Error("CAROUSEL_TEST_POSTGRES_URL is not set");
  const schema = `t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(`create schema ${schema}`);
  const store = new PostgresStore({ url: POSTGRES_URL, schema });
  await store.migrate();
  return {
    store,
    env: { DATABASE_URL: withSearchPath(POSTGRES_URL, schema) },
    cleanup: async () => {
      await store.close();
      await adminQuery(`drop schema ${schema} cascade`);
    },
  };
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}
