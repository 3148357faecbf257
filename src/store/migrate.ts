import { Migrator, type Kysely } from "kysely";
import { migrationProvider } from "./migrations/index.js";

export async function migrateToLatest(db: Kysely<unknown>, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Numbers are handed out ahead of time and can be released out of order: a database that ran
    // a later number first still runs an earlier one it has not.
    allowUnorderedMigrations: true,
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === "Error");
  if (error || failed) {
    const cause = error instanceof Error ? error : new Error(String(error ?? failed?.migrationName));
    throw new Error(`migration ${failed?.migrationName ?? ""} failed: ${cause.message}`, { cause });
  }
}
