import { sql, SqliteAdapter, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  // On SQLite the dedupe keys become a log in claim order, its holders kept in memory
  // (`SqliteDedupe`): a primary key on the value put every claimed key on a page of its own.
  // PostgreSQL keeps the keyed table, whose row locks decide between concurrent processes.
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`create table dedupe_log (
      id integer primary key autoincrement,
      category text not null,
      kind text not null,
      value text not null,
      lead_id text not null,
      created_at bigint not null)`.execute(db);
  await sql`insert into dedupe_log (category, kind, value, lead_id, created_at)
      select category, kind, value, lead_id, created_at from dedupe_keys order by created_at`.execute(db);
  await sql`drop table dedupe_keys`.execute(db);
  await sql`alter table dedupe_log rename to dedupe_keys`.execute(db);
}
