import { DEFAULT_RECALIBRATION_RULES, recalibrate } from "../domain/recalibration.js";
import {
  DEFAULT_PRIOR_STRENGTH,
  DEFAULT_QUALITY_WINDOW_DAYS,
  type SourceQuality,
} from "../domain/source-quality.js";
import { measureSources } from "../store/source-quality-cache.js";
import type { Store } from "../store/store.js";

const DAY_MS = 86_400_000;

export interface QualityOptions {
  /** The window ends now and reaches back this many days. */
  windowDays?: number | undefined;
  /** How many leads the category's average weighs in a source's shrunk rates. */
  priorStrength?: number | undefined;
  now?: number | undefined;
}

export interface MeasuredSources {
  from: number;
  to: number;
  windowDays: number;
  priorStrength: number;
  bySource: Map<string, SourceQuality>;
}

/** Every source's quality over the last `windowDays` (default 90), shrunk with `priorStrength` (default 50). */
export async function measureSourceQuality(
  store: Store,
  options: QualityOptions = {},
): Promise<MeasuredSources> {
  const now = options.now ?? Date.now();
  const windowDays = options.windowDays ?? DEFAULT_QUALITY_WINDOW_DAYS;
  const priorStrength = options.priorStrength ?? DEFAULT_PRIOR_STRENGTH;
  const from = now - windowDays * DAY_MS;
  const measured = await measureSources(store, { from, to: now + 1, priorStrength });
  return { from, to: now, windowDays, priorStrength, bySource: new Map(measured.map((q) => [q.source, q])) };
}

/** Per source, what its leads returned against what they cost, and what to do about it. */
export async function recalibration(store: Store, options: QualityOptions = {}) {
  const measured = await measureSourceQuality(store, options);
  const items = [...measured.bySource.values()]
    .map((q) => recalibrate(q))
    .sort((a, b) => a.category.localeCompare(b.category) || a.source.localeCompare(b.source));
  return { ...measured, rules: DEFAULT_RECALIBRATION_RULES, items };
}
