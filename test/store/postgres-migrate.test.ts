import pg from "pg";
import { describe, expect, it } from "vitest";
import { PostgresStore } from "../../src/store/postgres/postgres-store.js";
import { POSTGRES_URL } from "../support/engines.js";

async function admin(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

describe.skipIf(!POSTGRES_URL)("migrations on postgres", () => {
  it("migrate a database whose other schemas hold migration tables of their own", async () => {
    const name = `carousel_migrate_${process.pid}_${Date.now().toString(36)}`;
    const base = new URL(POSTGRES_URL!);
    await admin(base.toString(), `create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    try {
      await admin(
        url.toString(),
        "create schema other; create table other.kysely_migration(name varchar(255) primary key, timestamp varchar(255)); " +
          "create table other.kysely_migration_lock(id varchar(255) primary key, is_locked integer default 0)",
      );
      const store = new PostgresStore({ url: url.toString() });
      try {
        await store.migrate();
        const tables = await store.db.selectFrom("leads").select("id").execute();
        expect(tables).toEqual([]);
      } finally {
        await store.close();
      }
    } finally {
      await admin(base.toString(), `drop database if exists ${name} with (force)`);
    }
  });
});
