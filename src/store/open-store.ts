import { join } from "node:path";
import { PostgresStore } from "./postgres/postgres-store.js";
import { SqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export interface StoreConfig {
  databaseUrl?: string | undefined;
  dataDir: string;
}

/** PostgreSQL when a database URL is given, otherwise the embedded SQLite file in the data folder. */
export function openStore(config: StoreConfig): Store {
  if (config.databaseUrl) return new PostgresStore({ url: config.databaseUrl });
  return new SqliteStore(join(config.dataDir, "carousel.db"));
}
