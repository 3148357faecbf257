import type { Category } from "../domain/category.js";
import type { Source } from "../domain/source.js";
import { getCategory } from "../store/queries/categories.js";
import { getSourceByIntakeKey } from "../store/queries/sources.js";
import type { Store } from "../store/store.js";

/** How long a process trusts a source and its category read for intake. */
export const INTAKE_CONFIG_TTL_MS = 1000;

interface Entry {
  source: Source;
  category: Category;
  until: number;
}

const caches = new WeakMap<Store, Map<string, Entry>>();

/**
 * The source an intake key belongs to and its category, as intake needs them for every lead:
 * read once and kept for a second, so a busy source costs no read per lead. A change made in
 * this process is seen at once (`forgetIntakeConfig`); one made by another process sharing the
 * database, within the second.
 */
export async function intakeConfig(
  store: Store,
  intakeKey: string,
  now: number,
): Promise<{ source: Source | undefined; category: Category | undefined }> {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new Map()));
  const cached = cache.get(intakeKey);
  if (cached && cached.until > now) return cached;
  const source = await getSourceByIntakeKey(store, intakeKey);
  if (!source) return { source, category: undefined };
  const category = await getCategory(store, source.category);
  if (category) {
    if (cache.size >= 10_000) cache.clear();
    cache.set(intakeKey, { source, category, until: now + INTAKE_CONFIG_TTL_MS });
  }
  return { source, category };
}

/** After a source or category changed: this process reads them anew. */
export function forgetIntakeConfig(store: Store): void {
  caches.get(store)?.clear();
}
