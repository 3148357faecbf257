import pg from "pg";

/** One query on a short-lived connection: for the benchmark's set-up, counts and checks. */
export async function pgQuery(url: string, text: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query(text)).rows as unknown[];
  } finally {
    await client.end();
  }
}

/** The PostgreSQL server processes serving connections to the database `url` names. */
export async function backendPids(url: string): Promise<number[]> {
  const rows = await pgQuery(
    url,
    "select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()",
  );
  return rows.map((r) => (r as { pid: number }).pid);
}
