import type { Category } from "../domain/category.js";
import type { Source } from "../domain/source.js";
import { getCategory } from "../store/queries/categories.js";
import { getSourceByIntakeKey } from "../store/queries/sources.js";
import type { Store } from "../store/store.js";

/** How long a process trusts a source and its category read for intake. */
export const INTAKE_CONFIG_TTL_MS = 1000;

export type IntakeConfig = { source: Source | undefined; category: Category | undefined };

interface Entry {
  /** The read, shared by every lead that asks while it runs. */
  read: Promise<IntakeConfig>;
  until: number;
}

/**
 * The source each intake key belongs to and its category, as intake needs them for every lead:
 * read once and kept for a second, so a busy source costs no read per lead; the leads that
 * arrive while it is being read wait for that one read. One per process, made with its store
 * where the app is assembled and handed to intake and to the catalog's edits: a change made
 * through it is seen at once (`forget`); one made by another process sharing the database,
 * within the second.
 */
export class IntakeConfigs {
  readonly #cache = new Map<string, Entry>();

  constructor(private readonly store: Store) {}

  async read(intakeKey: string, now: number): Promise<IntakeConfig> {
    const cache = this.#cache;
    const cached = cache.get(intakeKey);
    if (cached && cached.until > now) return cached.read;
    if (cache.size >= 10_000) cache.clear();
    const entry: Entry = { read: readIntakeConfig(this.store, intakeKey), until: now + INTAKE_CONFIG_TTL_MS };
    cache.set(intakeKey, entry);
    try {
      const config = await entry.read;
      // A key that names no source (or one whose category is gone) is not kept: the next lead reads again.
      if (!config.category && cache.get(intakeKey) === entry) cache.delete(intakeKey);
      return config;
    } catch (error) {
      if (cache.get(intakeKey) === entry) cache.delete(intakeKey);
      throw error;
    }
  }

  /** After a source or category changed: they are read anew. */
  forget(): void {
    this.#cache.clear();
  }
}

async function readIntakeConfig(store: Store, intakeKey: string): Promise<IntakeConfig> {
  const source = await getSourceByIntakeKey(store, intakeKey);
  if (!source) return { source, category: undefined };
  return { source, category: await getCategory(store, source.category) };
}
