import { bandRank, DEFAULT_BANDS } from "../domain/scoring.js";
import { getCategory } from "../store/queries/categories.js";
import type { Runner } from "../store/store.js";

/**
 * Where each band stands among the bands of these categories (0 for a category's highest), as
 * a function of category and band name; a category or band not known stands below them all.
 */
export async function bandRanksOf(
  on: Runner,
  categories: Iterable<string>,
): Promise<(category: string, band: string) => number> {
  const bands = new Map<string, Parameters<typeof bandRank>[1]>();
  for (const key of new Set(categories)) bands.set(key, (await getCategory(on, key))?.scoring.bands ?? []);
  return (category, band) => bandRank(band, bands.get(category) ?? DEFAULT_BANDS);
}
